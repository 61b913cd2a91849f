package org.stationops.analysis;

import org.jspecify.annotations.Nullable;

/**
 * A count now against the same count in an earlier period, with the absolute change, the
 * relative change, and whether the change is unlikely to be noise.
 * <p>
 * Counts of incidents are treated as Poisson counts. Under the hypothesis that the rate
 * did not change, {@code 2(√current − √previous)} is approximately standard normal (the
 * variance-stabilising square-root transform), so {@code |Z| ≥ 2} happens by chance only
 * about once in twenty comparisons. Small counts therefore never get flagged: 3 → 1 is
 * "−67 %" but Z ≈ −1.46, which is noise.
 *
 * @param current the count in the period looked at.
 * @param previous the count in the period compared with.
 */
public record Change(long current, long previous) {

	/** The |Z| from which a change is flagged as significant. */
	public static final double THRESHOLD = 2.0;

	public Change {
		if (current < 0 || previous < 0) {
			throw new IllegalArgumentException("counts are never negative");
		}
	}

	/**
	 * @return current − previous.
	 */
	public long absolute() {
		return this.current - this.previous;
	}

	/**
	 * @return the change in percent of the previous count, one decimal, {@literal null}
	 * when the previous count is zero (a change from nothing has no percentage).
	 */
	public @Nullable Double percent() {
		if (this.previous == 0) {
			return null;
		}
		return Math.round(1000.0 * (this.current - this.previous) / this.previous) / 10.0;
	}

	/**
	 * @return the Poisson test statistic Z = 2(√current − √previous), two decimals.
	 */
	public double z() {
		return Math.round(200.0 * (Math.sqrt(this.current) - Math.sqrt(this.previous))) / 100.0;
	}

	/**
	 * @return whether |Z| ≥ 2: a change this large happens by chance in only about one
	 * comparison in twenty when the underlying rate is the same.
	 */
	public boolean significant() {
		return Math.abs(2.0 * (Math.sqrt(this.current) - Math.sqrt(this.previous))) >= THRESHOLD;
	}

	/**
	 * @return whether the count rose significantly.
	 */
	public boolean significantRise() {
		return significant() && this.current > this.previous;
	}

	/**
	 * @return whether the count fell significantly.
	 */
	public boolean significantFall() {
		return significant() && this.current < this.previous;
	}

	Change plus(Change other) {
		return new Change(this.current + other.current, this.previous + other.previous);
	}

}
