package org.stationops.stations;

import java.util.List;
import java.util.Optional;

/**
 * Port for stations; station-persistence supplies the implementation.
 */
public interface StationRepository {

	Station save(Station station);

	Optional<Station> findById(Long id);

	Optional<Station> findByCode(String code);

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, Long id);

	List<Station> findAllByOrderByCode();

	long count();

}
