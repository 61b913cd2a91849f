package org.stationops.liaison;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Port for buildings.
 */
public interface BuildingRepository {

	Building save(Building building);

	Optional<Building> findById(Long id);

	List<Building> findByStationIdOrderByName(Long stationId);

	List<Building> findAllByOrderByStationIdAscNameAsc();

	List<Building> findByIdIn(Collection<Long> ids);

	Optional<Building> findByStationIdAndName(Long stationId, String name);

	boolean existsByStationIdAndName(Long stationId, String name);

}
