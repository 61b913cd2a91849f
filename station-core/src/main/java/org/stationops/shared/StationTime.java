package org.stationops.shared;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The station's time: every station works in China Standard Time. Each instant that is
 * shown, or turned into a day (deadlines, today's lists, the year in a file number), is
 * read in this zone; the application's {@link Clock} bean ticks in it.
 */
public final class StationTime {

	/** The zone every station works in. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private StationTime() {
	}

	/**
	 * @return the system clock in the station's zone.
	 */
	public static Clock systemClock() {
		return Clock.system(ZONE);
	}

}
