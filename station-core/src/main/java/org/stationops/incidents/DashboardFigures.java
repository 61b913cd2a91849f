package org.stationops.incidents;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Today's incident figures for the dashboard.
 *
 * @param openByAge open incidents (not yet disposed) by age: under 1 h, 1–4 h, 4–24 h,
 * over 24 h.
 * @param averageResponseToday mean arrival − dispatch of incidents received today, or
 * {@literal null} when none arrived yet.
 */
public record DashboardFigures(long today, long todayPreventable, long[] openByAge,
		@Nullable Duration averageResponseToday) {

}
