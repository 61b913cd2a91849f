package org.stationops.antifraud;

import org.stationops.shared.NotFoundException;

/**
 * A warning that does not exist or lies outside the caller's scope.
 */
public class WarningNotFoundException extends NotFoundException {

	WarningNotFoundException(Long id) {
		super("Warning " + id + " not found");
	}

}
