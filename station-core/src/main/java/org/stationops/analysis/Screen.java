package org.stationops.analysis;

import java.time.Instant;
import java.util.List;

import org.stationops.stations.Station;

/**
 * What the one screen shows: the stations the reader may pick, the screens of the
 * stations shown and the moment they were read.
 */
public record Screen(List<Station> choices, List<StationScreen> screens, Instant readAt) {

	public boolean isEmpty() {
		return this.screens.isEmpty();
	}

	/**
	 * @return whole minutes from the reading to {@code at}, negative once it has passed.
	 */
	public long minutesLeft(Instant at) {
		return Math.floorDiv(at.getEpochSecond() - this.readAt.getEpochSecond(), 60);
	}

}
