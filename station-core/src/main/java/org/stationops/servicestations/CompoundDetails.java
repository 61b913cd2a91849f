package org.stationops.servicestations;

import org.jspecify.annotations.Nullable;

/**
 * What an officer enters for a residential compound.
 */
public record CompoundDetails(String name, @Nullable Long areaId, double latitude, double longitude, int households,
		int residents) {

}
