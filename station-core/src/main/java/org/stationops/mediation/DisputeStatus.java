package org.stationops.mediation;

/**
 * Where a dispute file stands.
 */
public enum DisputeStatus {

	OPEN, AGREED, FAILED, CLOSURE_REQUESTED, CLOSED

}
