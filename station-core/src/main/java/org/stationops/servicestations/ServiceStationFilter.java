package org.stationops.servicestations;

import org.jspecify.annotations.Nullable;

/**
 * The list's filter; every part optional.
 */
public record ServiceStationFilter(@Nullable Long stationId, @Nullable ServiceStationKind kind,
		@Nullable ServiceStationStatus status, String text) {

	public static ServiceStationFilter none() {
		return new ServiceStationFilter(null, null, null, "");
	}

}
