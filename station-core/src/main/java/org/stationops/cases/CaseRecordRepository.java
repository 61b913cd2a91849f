package org.stationops.cases;

import java.util.List;
import java.util.Optional;

import org.stationops.shared.ScopedRepository;

/**
 * Ports for the records hanging off a case; station-persistence supplies them.
 */
public final class CaseRecordRepository {

	private CaseRecordRepository() {
	}

	public interface Suspects {

		Suspect save(Suspect suspect);

		Optional<Suspect> findById(Long id);

		List<Suspect> findByCaseIdOrderById(Long caseId);

	}

	public interface Particulars {

		CaseParticular save(CaseParticular particular);

		List<CaseParticular> findByCaseIdOrderById(Long caseId);

	}

	public interface Events {

		CaseEvent save(CaseEvent event);

		List<CaseEvent> findByCaseIdOrderByOccurredAtAscIdAsc(Long caseId);

	}

	public interface Reviews extends ScopedRepository<CaseReview> {

		CaseReview save(CaseReview review);

		Optional<CaseReview> findById(Long id);

		List<CaseReview> findByCaseIdOrderBySubmittedAtDesc(Long caseId);

		long countByCaseIdAndDecision(Long caseId, Decision decision);

	}

	public interface ReturnReasons {

		List<ReturnReason> findAllByOrderById();

		boolean existsByCode(String code);

	}

}
