package org.stationops.analysis;

/**
 * The supervisor's judgement, after the following weeks, of whether the pattern the
 * advice addressed changed.
 */
public enum PatternOutcome {

	IMPROVED, UNCHANGED, WORSE;

	public String messageKey() {
		return "advice.outcome." + name();
	}

}
