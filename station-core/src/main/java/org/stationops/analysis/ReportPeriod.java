package org.stationops.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The kinds of analysis: the daily brief (每日警情), the weekly and the monthly analysis.
 */
public enum ReportPeriod {

	DAY, WEEK, MONTH;

	/**
	 * @param anchor any day inside the period.
	 * @return the period containing that day, the one before it and the same period a
	 * year earlier (for weeks: 52 weeks earlier, so weekdays line up).
	 */
	public Windows windows(LocalDate anchor) {
		return switch (this) {
			case DAY -> new Windows(new Window(anchor, anchor.plusDays(1)), new Window(anchor.minusDays(1), anchor),
					new Window(anchor.minusYears(1), anchor.minusYears(1).plusDays(1)));
			case WEEK -> {
				LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				yield new Windows(new Window(monday, monday.plusWeeks(1)), new Window(monday.minusWeeks(1), monday),
						new Window(monday.minusWeeks(52), monday.minusWeeks(51)));
			}
			case MONTH -> {
				LocalDate first = anchor.withDayOfMonth(1);
				yield new Windows(new Window(first, first.plusMonths(1)), new Window(first.minusMonths(1), first),
						new Window(first.minusYears(1), first.minusYears(1).plusMonths(1)));
			}
		};
	}

	/**
	 * @param today the station's today.
	 * @return the day inside the last complete period: yesterday, last week, last month.
	 * A running period is never compared with a complete one.
	 */
	public LocalDate lastCompleteAnchor(LocalDate today) {
		return switch (this) {
			case DAY -> today.minusDays(1);
			case WEEK -> today.minusWeeks(1);
			case MONTH -> today.minusMonths(1);
		};
	}

	/**
	 * Days from {@code from} (inclusive) to {@code to} (exclusive).
	 */
	public record Window(LocalDate from, LocalDate to) {

		public LocalDate lastDay() {
			return this.to.minusDays(1);
		}

		public boolean isOneDay() {
			return this.from.plusDays(1).equals(this.to);
		}

	}

	/**
	 * The period looked at, the one before and the same one a year earlier.
	 */
	public record Windows(Window current, Window previous, Window yearAgo) {

	}

}
