package org.stationops.analysis;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored daily brief as the list shows it: the day, its incidents against the day
 * before and the same day a year earlier, and how many sub-types changed significantly.
 */
public record DailyBrief(long id, long stationId, String stationName, LocalDate day, Instant generatedAt,
		long incidents, long previous, long yearAgo, int significant) {

	public Change dayOverDay() {
		return new Change(this.incidents, this.previous);
	}

	public Change yearOverYear() {
		return new Change(this.incidents, this.yearAgo);
	}

}
