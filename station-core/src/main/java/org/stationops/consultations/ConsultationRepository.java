package org.stationops.consultations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.Scope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for consultations; station-persistence supplies the implementation.
 */
public interface ConsultationRepository {

	Consultation saveAndFlush(Consultation consultation);

	Optional<Consultation> findById(Long id);

	default Optional<Consultation> findInScope(Scope scope, Long id) {
		return findById(id).filter(c -> scope.allows(c.getStationId()));
	}

	/**
	 * @param stationId {@literal null} for every station.
	 * @param unansweredOnly whether to list only consultations still waiting for an
	 * answer.
	 */
	Page<Consultation> list(@Nullable Long stationId, @Nullable Channel channel, @Nullable Topic topic,
			boolean unansweredOnly, Pageable pageable);

	/**
	 * @return counts per channel and topic of the consultations received in
	 * {@code [from, to)}.
	 */
	List<MonthlyCount> countsBetween(@Nullable Long stationId, Instant from, Instant to);

}
