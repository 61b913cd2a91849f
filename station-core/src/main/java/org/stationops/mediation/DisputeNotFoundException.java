package org.stationops.mediation;

import org.stationops.shared.NotFoundException;

/**
 * A dispute (or a part of one) that does not exist or is outside the user's station.
 */
public class DisputeNotFoundException extends NotFoundException {

	DisputeNotFoundException(String message) {
		super(message);
	}

	public static DisputeNotFoundException forId(Long id) {
		return new DisputeNotFoundException("Dispute " + id + " not found");
	}

}
