package org.stationops.patrol;

/**
 * What a video patrol pass saw at a camera.
 */
public enum VideoOutcome {

	/** Nothing to report. */
	NOTHING,
	/** A finding, registered as an incident in the same step. */
	FINDING;

	public String labelKey() {
		return "patrol.video.outcome." + name();
	}

}
