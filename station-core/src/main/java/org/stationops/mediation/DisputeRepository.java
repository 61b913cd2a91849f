package org.stationops.mediation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for dispute files; station-persistence supplies the implementation.
 */
public interface DisputeRepository {

	Dispute save(Dispute dispute);

	Optional<Dispute> findById(Long id);

	Optional<Dispute> findFirstByIncidentIdOrderByIdDesc(Long incidentId);

	Optional<Dispute> findByFileNumber(String fileNumber);

	/**
	 * @param stationId {@literal null} for every station.
	 * @param status {@literal null} for every status.
	 */
	Page<Dispute> search(@Nullable Long stationId, @Nullable DisputeStatus status, Pageable pageable);

	/**
	 * @return the disputes registered in the period, for the report.
	 */
	List<Dispute> registeredBetween(@Nullable Long stationId, @Nullable Long areaId, LocalDate from, LocalDate to);

	List<Dispute> openAssignedTo(Long officerId);

	long countByStationIdAndStatus(Long stationId, DisputeStatus status);

	long countByStationId(Long stationId);

}
