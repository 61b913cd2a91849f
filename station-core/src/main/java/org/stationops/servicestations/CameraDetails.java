package org.stationops.servicestations;

import org.jspecify.annotations.Nullable;

/**
 * What an officer enters about a camera.
 */
public record CameraDetails(String code, String location, CameraKind kind, CameraOwner owner,
		@Nullable Long serviceStationId, @Nullable Long areaId, double latitude, double longitude) {

}
