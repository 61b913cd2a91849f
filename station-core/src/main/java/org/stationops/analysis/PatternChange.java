package org.stationops.analysis;

import java.time.LocalDate;

/**
 * The incidents of an advice's pattern in the weeks before it was sent and the complete
 * weeks after, with the change of the totals (absolute, percent and the Poisson flag).
 * Before and after cover the same number of weeks, so the totals compare like with like.
 */
public record PatternChange(LocalDate sentOn, long[] before, long[] after, Change change) {

	public int weeks() {
		return this.after.length;
	}

	public long beforeTotal() {
		long sum = 0;
		for (long n : this.before) {
			sum += n;
		}
		return sum;
	}

	public long afterTotal() {
		long sum = 0;
		for (long n : this.after) {
			sum += n;
		}
		return sum;
	}

	public LocalDate weekStart(int index) {
		return this.sentOn.plusWeeks(index);
	}

	public LocalDate weekBeforeStart(int index) {
		return this.sentOn.minusWeeks(this.before.length - index);
	}

}
