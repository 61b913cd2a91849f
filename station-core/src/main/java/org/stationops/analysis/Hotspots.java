package org.stationops.analysis;

import java.util.List;

/**
 * Incidents of the period by area and hour of day: the busiest areas' rows of 24 hourly
 * counts, and the busiest area-and-hour cells.
 *
 * @param byHour incidents per hour of day (0–23), all areas together.
 * @param rows the busiest areas, busiest first.
 * @param top the busiest cells, busiest first.
 * @param max the largest cell count (for shading), at least 1.
 */
public record Hotspots(long[] byHour, List<Row> rows, List<Cell> top, long max) {

	/**
	 * @param hours 24 counts, one per hour of day.
	 */
	public record Row(String key, Label area, long[] hours, long total) {

		/**
		 * @return the cell's share of the busiest cell, 0–100, for shading.
		 */
		public int shade(int hour, long max) {
			return (int) Math.round(100.0 * this.hours[hour] / Math.max(1, max));
		}

	}

	/**
	 * One area in one hour of the day.
	 */
	public record Cell(Label area, int hour, long count, long stationId,
			@org.jspecify.annotations.Nullable Long areaId) {

		public String hours() {
			return String.format("%02d:00–%02d:59", this.hour, this.hour);
		}

	}

}
