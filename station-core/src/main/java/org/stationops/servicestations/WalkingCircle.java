package org.stationops.servicestations;

/**
 * The walking-distance circle around a staffed point: {@code minutes} at
 * {@code metresPerMinute} (by default 8 minutes at 80 m/min, 640 m).
 */
public record WalkingCircle(int minutes, int metresPerMinute) {

	public static final int MAX_MINUTES = 60;

	public static final int MAX_SPEED = 300;

	public WalkingCircle {
		if (minutes < 1 || minutes > MAX_MINUTES || metresPerMinute < 10 || metresPerMinute > MAX_SPEED) {
			throw new IllegalArgumentException(
					"Walking circle out of range: " + minutes + " min at " + metresPerMinute + " m/min");
		}
	}

	public int radiusMetres() {
		return this.minutes * this.metresPerMinute;
	}

}
