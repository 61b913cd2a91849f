package org.stationops.vessels;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.ScopedRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for vessels; station-persistence supplies the implementation.
 */
public interface VesselRepository extends ScopedRepository<Vessel> {

	Vessel saveAndFlush(Vessel vessel);

	java.util.List<Vessel> findByIdIn(java.util.Collection<Long> ids);

	boolean existsByStationIdAndRegistrationNumber(Long stationId, String registrationNumber);

	/**
	 * @param stationId {@literal null} for every station.
	 * @param status {@literal null} for any.
	 */
	Page<Vessel> list(@Nullable Long stationId, @Nullable VesselStatus status, Pageable pageable);

}
