package org.stationops.practitioners;

import org.stationops.shared.NotFoundException;

/**
 * No such practitioner or campaign in the caller's scope.
 */
public class PractitionerNotFoundException extends NotFoundException {

	PractitionerNotFoundException(String message) {
		super(message);
	}

	public static PractitionerNotFoundException forId(String what, Object id) {
		return new PractitionerNotFoundException(what + " " + id + " not found");
	}

}
