package org.stationops.patrol;

import java.time.LocalTime;

import jakarta.persistence.Embeddable;

/**
 * A time window of a plan's day with how many passes each checkpoint expects in it.
 */
@Embeddable
public class PlanWindow {

	private LocalTime startsAt = LocalTime.MIDNIGHT;

	private LocalTime endsAt = LocalTime.MIDNIGHT;

	private int expectedPasses;

	protected PlanWindow() {
	}

	public PlanWindow(LocalTime startsAt, LocalTime endsAt, int expectedPasses) {
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.expectedPasses = expectedPasses;
	}

	public LocalTime getStartsAt() {
		return this.startsAt;
	}

	public LocalTime getEndsAt() {
		return this.endsAt;
	}

	public int getExpectedPasses() {
		return this.expectedPasses;
	}

	public boolean contains(LocalTime time) {
		return !time.isBefore(this.startsAt) && time.isBefore(this.endsAt);
	}

	@Override
	public String toString() {
		return this.startsAt + "–" + this.endsAt + " ×" + this.expectedPasses;
	}

}
