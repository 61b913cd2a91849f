package org.stationops.mediation;

/**
 * The parties' satisfaction at the follow-up visit.
 */
public enum Satisfaction {

	SATISFIED, BASICALLY_SATISFIED, DISSATISFIED

}
