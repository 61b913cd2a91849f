package org.stationops.stations;

import java.util.List;
import java.util.Optional;

/**
 * Port for areas; station-persistence supplies the implementation.
 */
public interface AreaRepository {

	Area save(Area area);

	Optional<Area> findById(Long id);

	List<Area> findByStationIdOrderByName(Long stationId);

	List<Area> findAllByOrderByStationIdAscNameAsc();

	boolean existsByStationIdAndName(Long stationId, String name);

	boolean existsByStationIdAndNameAndIdNot(Long stationId, String name, Long id);

}
