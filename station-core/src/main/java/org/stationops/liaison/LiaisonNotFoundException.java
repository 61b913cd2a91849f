package org.stationops.liaison;

import org.stationops.shared.NotFoundException;

/**
 * A liaison record that does not exist or lies outside the caller's station scope.
 */
public class LiaisonNotFoundException extends NotFoundException {

	private LiaisonNotFoundException(String message) {
		super(message);
	}

	public static LiaisonNotFoundException forId(String type, Long id) {
		return new LiaisonNotFoundException("No " + type + " " + id);
	}

}
