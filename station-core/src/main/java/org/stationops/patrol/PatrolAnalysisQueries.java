package org.stationops.patrol;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Port for the patrol analyses that read incidents and check-ins in bulk (grouped SQL in
 * station-persistence, within one station or, for a bureau scope, every station).
 */
public interface PatrolAnalysisQueries {

	/**
	 * @param stationId {@literal null} for every station
	 * @return one sample per incident received in {@code [from, to)} that has an arrival
	 */
	List<ResponseTimes.Sample> arrivals(@Nullable Long stationId, Instant from, Instant to);

	/**
	 * @param stationId {@literal null} for every station
	 * @return incidents received in {@code [from, to)} per area and hour of day (station
	 * time); incidents without an area are left out
	 */
	List<PatrolPresence.Count> incidentsByAreaAndHour(@Nullable Long stationId, Instant from, Instant to);

	/**
	 * @param stationId {@literal null} for every station
	 * @return patrol presence in {@code [from, to)} per area and hour of day: video
	 * passes (the camera's area) and check-ins, the area being the checkpoint's service
	 * station's area or, failing that, the area of the plan the shift followed; presence
	 * with no area is left out
	 */
	List<PatrolPresence.Count> presenceByAreaAndHour(@Nullable Long stationId, Instant from, Instant to);

}
