package org.stationops.liaison;

import java.util.List;
import java.util.Optional;

import org.stationops.shared.ScopedRepository;

/**
 * Port for alliances.
 */
public interface AllianceRepository extends ScopedRepository<Alliance> {

	Alliance save(Alliance alliance);

	Optional<Alliance> findById(Long id);

	List<Alliance> findByStationIdOrderByName(Long stationId);

	List<Alliance> findAllByOrderByStationIdAscNameAsc();

	boolean existsByStationIdAndName(Long stationId, String name);

}
