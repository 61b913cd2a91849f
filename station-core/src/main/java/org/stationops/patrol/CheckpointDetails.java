package org.stationops.patrol;

import org.jspecify.annotations.Nullable;

/**
 * What an officer enters for a checkpoint.
 *
 * @param place where it is, in words (gate, corner, sign).
 * @param serviceStationId the service station the checkpoint stands at, or
 * {@literal null}.
 */
public record CheckpointDetails(String name, String place, double latitude, double longitude,
		@Nullable Long serviceStationId) {

}
