package org.stationops.vessels;

import org.stationops.shared.NotFoundException;

/**
 * No such vessel, crew member, wanted-list entry or task in the caller's scope.
 */
public class VesselNotFoundException extends NotFoundException {

	VesselNotFoundException(String message) {
		super(message);
	}

	public static VesselNotFoundException forId(String what, Object id) {
		return new VesselNotFoundException(what + " " + id + " not found");
	}

}
