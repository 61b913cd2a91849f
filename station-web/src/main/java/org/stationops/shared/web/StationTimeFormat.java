package org.stationops.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.StationTime;
import org.springframework.stereotype.Component;

/**
 * Times in templates, read in the station's zone:
 * {@code ${@stationTime.format(t.reportedAt, 'yyyy-MM-dd HH:mm')}}, or
 * {@code ${@stationTime.zone()}} where a template formats itself.
 */
@Component("stationTime")
public class StationTimeFormat {

	public ZoneId zone() {
		return StationTime.ZONE;
	}

	/**
	 * @param instant may be {@literal null}.
	 * @param pattern a {@link DateTimeFormatter} pattern.
	 * @return the instant in the station's zone, or an empty text when there is none.
	 */
	public String format(@Nullable Instant instant, String pattern) {
		return (instant != null) ? DateTimeFormatter.ofPattern(pattern).format(instant.atZone(StationTime.ZONE)) : "";
	}

	/**
	 * A deadline that runs out at midnight is shown as its last day ({@code 2026-12-07},
	 * not {@code 2026-12-08 00:00}); any other deadline with its time.
	 * @param deadline may be {@literal null}.
	 */
	public String deadline(@Nullable Instant deadline) {
		if (deadline == null) {
			return "";
		}
		java.time.ZonedDateTime at = deadline.atZone(StationTime.ZONE);
		if (at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
			return at.toLocalDate().minusDays(1).toString();
		}
		return format(deadline, "yyyy-MM-dd HH:mm");
	}

}
