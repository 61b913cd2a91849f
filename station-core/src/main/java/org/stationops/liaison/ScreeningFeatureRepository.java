package org.stationops.liaison;

import java.util.List;

/**
 * Port for the screening checklist.
 */
public interface ScreeningFeatureRepository {

	ScreeningFeature save(ScreeningFeature feature);

	List<ScreeningFeature> findAllByOrderByPosition();

}
