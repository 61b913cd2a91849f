package org.stationops.incidents;

import org.stationops.shared.NotFoundException;

/**
 * No such incident in the caller's scope.
 */
public class IncidentNotFoundException extends NotFoundException {

	IncidentNotFoundException(String message) {
		super(message);
	}

	public static IncidentNotFoundException forId(Object id) {
		return new IncidentNotFoundException("Incident " + id + " not found");
	}

}
