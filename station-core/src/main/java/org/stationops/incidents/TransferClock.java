package org.stationops.incidents;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The 24-hour transfer clock: a matter that is police business but not this station's
 * must be handed to the unit with jurisdiction within 24 hours of receipt (公安机关办理行政案件程序规定
 * 第六十一条第二项).
 *
 * @param startedAt when the report was received.
 * @param completedAt when the hand-over was completed, or {@literal null}.
 */
public record TransferClock(Instant startedAt, @Nullable Instant completedAt) {

	public static final Duration LIMIT = Duration.ofHours(24);

	public enum State {

		/** Running, not yet at the limit. */
		DUE,
		/** Running and past the limit. */
		OVERDUE,
		/** Handed over within the limit. */
		DONE_ON_TIME,
		/** Handed over after the limit. */
		DONE_LATE;

		/**
		 * @return whether the limit was or is missed.
		 */
		public boolean isLate() {
			return this == OVERDUE || this == DONE_LATE;
		}

		/**
		 * @return whether the clock still runs within the limit.
		 */
		public boolean isRunning() {
			return this == DUE;
		}

	}

	public Instant dueAt() {
		return this.startedAt.plus(LIMIT);
	}

	public State state(Instant now) {
		if (this.completedAt != null) {
			return this.completedAt.isAfter(dueAt()) ? State.DONE_LATE : State.DONE_ON_TIME;
		}
		return now.isAfter(dueAt()) ? State.OVERDUE : State.DUE;
	}

	/**
	 * @return time left before the limit (negative once overdue).
	 */
	public Duration remaining(Instant now) {
		return Duration.between(now, dueAt());
	}

}
