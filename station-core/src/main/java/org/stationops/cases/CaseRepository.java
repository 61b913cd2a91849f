package org.stationops.cases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.stationops.shared.Scope;
import org.stationops.shared.ScopedRepository;

/**
 * Port for cases; station-persistence supplies the implementation.
 */
public interface CaseRepository extends ScopedRepository<CaseFile> {

	CaseFile save(CaseFile caseFile);

	Optional<CaseFile> findById(Long id);

	/**
	 * The scoped lookup: a case of another station is not found.
	 * @throws CaseNotFoundException when the case does not exist or the scope does not
	 * reach it.
	 */
	default CaseFile getInScope(Scope scope, Long id) {
		return findInScope(id, scope).orElseThrow(() -> CaseNotFoundException.forId(id));
	}

	List<CaseFile> findByIdIn(Collection<Long> ids);

	Optional<CaseFile> findFirstByIncidentIdOrderByIdAsc(Long incidentId);

	List<CaseFile> findTop20ByCaseNumber(String caseNumber);

	Optional<CaseFile> findByStationIdAndSubmissionKey(Long stationId, String submissionKey);

	boolean existsByStationIdAndCaseNumber(Long stationId, String caseNumber);

	long countByStationIdAndCaseNumberStartingWith(Long stationId, String prefix);

	List<CaseFile> findByStageNotIn(List<CaseStage> stages);

}
