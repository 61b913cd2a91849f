package org.stationops.liaison;

import java.time.Duration;

/**
 * How urgent a fast-channel report is, with the response and resolution deadlines it
 * sets.
 */
public enum Urgency {

	URGENT(Duration.ofHours(1), Duration.ofHours(24)), HIGH(Duration.ofHours(4), Duration.ofDays(3)),
	NORMAL(Duration.ofHours(24), Duration.ofDays(7));

	private final Duration response;

	private final Duration resolution;

	Urgency(Duration response, Duration resolution) {
		this.response = response;
		this.resolution = resolution;
	}

	public Duration response() {
		return this.response;
	}

	public Duration resolution() {
		return this.resolution;
	}

}
