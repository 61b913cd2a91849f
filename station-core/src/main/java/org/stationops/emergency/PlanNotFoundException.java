package org.stationops.emergency;

import org.stationops.shared.NotFoundException;

/**
 * No such emergency plan in the caller's scope.
 */
public class PlanNotFoundException extends NotFoundException {

	PlanNotFoundException(String message) {
		super(message);
	}

	public static PlanNotFoundException forId(Object id) {
		return new PlanNotFoundException("Emergency plan " + id + " not found");
	}

}
