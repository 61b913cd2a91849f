package org.stationops.analysis;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One station's figures on the one screen (一屏): the station row, open units by status,
 * open cases by stage, open disputes by status, incidents of the last 24 hours by
 * category and hour, running 询问查证 clocks and patrol passes so far today.
 */
public record StationScreen(ScreenQueries.StationRow figures, Map<String, Long> unitsByStatus,
		Map<String, Long> casesByStage, Map<String, Long> disputesByStatus, List<CategoryLine> categories,
		List<ScreenQueries.ClockRow> clocks, Patrol patrol) {

	public long stationId() {
		return this.figures.stationId();
	}

	public long casesOpen() {
		return this.casesByStage.values().stream().mapToLong(Long::longValue).sum();
	}

	public long count(Map<String, Long> group, String key) {
		return group.getOrDefault(key, 0L);
	}

	/**
	 * Incidents of one category in the last 24 hours, by hour of day (station time).
	 */
	public record CategoryLine(String code, Label label, long[] byHour) {

		public long total() {
			long sum = 0;
			for (long n : this.byHour) {
				sum += n;
			}
			return sum;
		}

	}

	/**
	 * Patrol passes of today's active plans: expected for the whole day, made so far (on
	 * time or late).
	 */
	public record Patrol(int plans, int expected, int done) {

		public @Nullable Double percent() {
			return (this.expected == 0) ? null : Math.round(1000.0 * this.done / this.expected) / 10.0;
		}

	}

}
