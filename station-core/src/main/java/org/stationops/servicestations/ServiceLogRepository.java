package org.stationops.servicestations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for the service log; station-persistence supplies the implementation.
 */
public interface ServiceLogRepository {

	ServiceLogEntry saveAndFlush(ServiceLogEntry entry);

	Optional<ServiceLogEntry> findByFormToken(String formToken);

	Page<ServiceLogEntry> findByStationIdOrderByOccurredAtDesc(Long stationId, Pageable pageable);

	/**
	 * @return per service station and kind of the police station: the entries and the
	 * people served in {@code [from, to)}.
	 */
	List<ServiceLogCount> countsBetween(Long stationId, Instant from, Instant to);

}
