package org.stationops.patrol;

import org.stationops.shared.NotFoundException;

/**
 * No such patrol unit, plan, checkpoint or shift in the caller's scope.
 */
public class PatrolNotFoundException extends NotFoundException {

	PatrolNotFoundException(String message) {
		super(message);
	}

	public static PatrolNotFoundException forId(Object id) {
		return new PatrolNotFoundException("Patrol record " + id + " not found");
	}

}
