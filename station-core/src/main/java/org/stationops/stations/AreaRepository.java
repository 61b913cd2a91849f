package org.stationops.stations;

import java.util.List;
import java.util.Optional;

import org.stationops.shared.ScopedRepository;

/**
 * Port for areas; station-persistence supplies the implementation.
 */
public interface AreaRepository extends ScopedRepository<Area> {

	Area save(Area area);

	Optional<Area> findById(Long id);

	List<Area> findByStationIdOrderByName(Long stationId);

	List<Area> findAllByOrderByStationIdAscNameAsc();

	boolean existsByStationIdAndName(Long stationId, String name);

	boolean existsByStationIdAndNameAndIdNot(Long stationId, String name, Long id);

}
