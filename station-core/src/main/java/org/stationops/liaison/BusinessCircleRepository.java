package org.stationops.liaison;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Port for business circles.
 */
public interface BusinessCircleRepository {

	BusinessCircle save(BusinessCircle circle);

	Optional<BusinessCircle> findById(Long id);

	List<BusinessCircle> findByStationIdOrderByName(Long stationId);

	List<BusinessCircle> findAllByOrderByStationIdAscNameAsc();

	List<BusinessCircle> findByIdIn(Collection<Long> ids);

	Optional<BusinessCircle> findByStationIdAndName(Long stationId, String name);

	boolean existsByStationIdAndName(Long stationId, String name);

}
