package org.stationops.mediation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Port for follow-up visits.
 */
public interface FollowUpRepository {

	FollowUp save(FollowUp followUp);

	Optional<FollowUp> findById(Long id);

	List<FollowUp> findByDisputeIdOrderByDueOnAscIdAsc(Long disputeId);

	/**
	 * @param stationId {@literal null} for every station.
	 */
	List<FollowUp> dueBy(@Nullable Long stationId, LocalDate day);

	/**
	 * @return the follow-ups of the disputes {@link DisputeRepository#registeredBetween}
	 * returns for the same arguments.
	 */
	List<FollowUp> ofDisputesRegisteredBetween(@Nullable Long stationId, @Nullable Long areaId, LocalDate from,
			LocalDate to);

}
