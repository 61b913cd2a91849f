package org.stationops.vessels;

/**
 * What a vessel does.
 */
public enum VesselKind {

	FISHING, OCEAN_GOING, CARGO;

	public String labelKey() {
		return "vessels.kind." + name();
	}

}
