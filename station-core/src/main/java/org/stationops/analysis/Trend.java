package org.stationops.analysis;

/**
 * One line of the analysis (a category, a sub-type, an area, a station or the total): the
 * count in the period, in the period before and a year earlier.
 */
public record Trend(String key, Label label, long current, long previous, long yearAgo) {

	/**
	 * @return the period-over-period change (环比).
	 */
	public Change periodOverPeriod() {
		return new Change(this.current, this.previous);
	}

	/**
	 * @return the year-over-year change (同比).
	 */
	public Change yearOverYear() {
		return new Change(this.current, this.yearAgo);
	}

	Trend plus(long current, long previous, long yearAgo) {
		return new Trend(this.key, this.label, this.current + current, this.previous + previous,
				this.yearAgo + yearAgo);
	}

}
