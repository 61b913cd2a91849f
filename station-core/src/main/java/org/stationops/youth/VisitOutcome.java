package org.stationops.youth;

/**
 * What a visit found.
 */
public enum VisitOutcome {

	IMPROVING, STABLE, WORSENING, NOT_MET;

	public String labelKey() {
		return "youth.outcome." + name();
	}

}
