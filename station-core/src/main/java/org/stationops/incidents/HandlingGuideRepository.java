package org.stationops.incidents;

import java.util.List;
import java.util.Optional;

/**
 * Port for handling guides.
 */
public interface HandlingGuideRepository {

	HandlingGuide save(HandlingGuide guide);

	Optional<HandlingGuide> findById(Long id);

	Optional<HandlingGuide> findByCategoryCode(String categoryCode);

	List<HandlingGuide> findAllByOrderByCategoryCode();

}
