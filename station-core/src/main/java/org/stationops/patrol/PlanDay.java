package org.stationops.patrol;

import java.time.LocalDate;

/**
 * One plan's day (or, summed, a period): passes expected, on time, late, missed, and
 * passes discarded as padding.
 */
public record PlanDay(Long planId, String planName, Long unitId, LocalDate day, int expected, int onTime, int late,
		int missed, int padding) {

	/**
	 * @return passes counted (on time or late) as a percentage of those expected, to one
	 * decimal; 100 when nothing was expected.
	 */
	public double completionPercent() {
		if (this.expected == 0) {
			return 100.0;
		}
		return Math.round(1000.0 * (this.onTime + this.late) / this.expected) / 10.0;
	}

	PlanDay plus(PlanDay other) {
		return new PlanDay(this.planId, this.planName, this.unitId, this.day, this.expected + other.expected,
				this.onTime + other.onTime, this.late + other.late, this.missed + other.missed,
				this.padding + other.padding);
	}

}
