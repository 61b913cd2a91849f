package org.stationops.vessels;

/**
 * Where a vessel is: in its port, at sea, or abroad (in foreign waters or a foreign
 * port). A vessel sails from port, may go abroad from port or sea, and returns to port
 * from either.
 */
public enum VesselStatus {

	IN_PORT, AT_SEA, ABROAD;

	public String labelKey() {
		return "vessels.status." + name();
	}

	public boolean isInPort() {
		return this == IN_PORT;
	}

	/**
	 * @return whether a vessel in this status may change to {@code target}.
	 */
	public boolean canMoveTo(VesselStatus target) {
		return switch (this) {
			case IN_PORT -> target != IN_PORT;
			case AT_SEA -> target != AT_SEA;
			case ABROAD -> target == IN_PORT;
		};
	}

	/**
	 * @return the statuses a vessel in this status may change to.
	 */
	public java.util.List<VesselStatus> next() {
		return java.util.Arrays.stream(values()).filter(this::canMoveTo).toList();
	}

}
