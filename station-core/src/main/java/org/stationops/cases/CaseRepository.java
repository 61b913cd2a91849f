package org.stationops.cases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Port for cases; station-persistence supplies the implementation.
 */
public interface CaseRepository {

	CaseFile save(CaseFile caseFile);

	Optional<CaseFile> findById(Long id);

	List<CaseFile> findByIdIn(Collection<Long> ids);

	Optional<CaseFile> findFirstByIncidentIdOrderByIdAsc(Long incidentId);

	Optional<CaseFile> findByStationIdAndSubmissionKey(Long stationId, String submissionKey);

	boolean existsByStationIdAndCaseNumber(Long stationId, String caseNumber);

	long countByStationIdAndCaseNumberStartingWith(Long stationId, String prefix);

	List<CaseFile> findByStageNotIn(List<CaseStage> stages);

}
