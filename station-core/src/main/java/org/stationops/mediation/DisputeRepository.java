package org.stationops.mediation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.Scope;
import org.stationops.shared.ScopedRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for dispute files; station-persistence supplies the implementation.
 */
public interface DisputeRepository extends ScopedRepository<Dispute> {

	Dispute save(Dispute dispute);

	Optional<Dispute> findById(Long id);

	/**
	 * The scoped lookup: a dispute of another station is not found.
	 * @throws DisputeNotFoundException when the dispute does not exist or the scope does
	 * not reach it.
	 */
	default Dispute getInScope(Scope scope, Long id) {
		return findInScope(id, scope).orElseThrow(() -> DisputeNotFoundException.forId(id));
	}

	Optional<Dispute> findFirstByIncidentIdOrderByIdDesc(Long incidentId);

	Optional<Dispute> findByFileNumber(String fileNumber);

	/**
	 * @param stationId {@literal null} for every station.
	 * @param status {@literal null} for every status.
	 * @param officerId {@literal null} for every officer, else the disputes this officer
	 * mediates.
	 */
	Page<Dispute> search(@Nullable Long stationId, @Nullable DisputeStatus status, @Nullable Long officerId,
			Pageable pageable);

	/**
	 * @return the disputes registered in the period, for the report.
	 */
	List<Dispute> registeredBetween(@Nullable Long stationId, @Nullable Long areaId, LocalDate from, LocalDate to);

	List<Dispute> openAssignedTo(Long officerId);

	long countByStationIdAndStatus(Long stationId, DisputeStatus status);

	long countByStationId(Long stationId);

}
