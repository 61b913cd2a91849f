package org.stationops.practitioners;

/**
 * What a check found: nothing of concern, or a concern that needs follow-up.
 */
public enum Finding {

	CLEAR, CONCERN;

	public String labelKey() {
		return "practitioners.finding." + name();
	}

	public boolean isConcern() {
		return this == CONCERN;
	}

}
