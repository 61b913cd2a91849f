package org.stationops.servicestations;

import org.stationops.shared.NotFoundException;

/**
 * No such service station, compound or appointment in the caller's scope.
 */
public class ServiceStationNotFoundException extends NotFoundException {

	ServiceStationNotFoundException(String message) {
		super(message);
	}

	public static ServiceStationNotFoundException forId(Object id) {
		return new ServiceStationNotFoundException("Service station record " + id + " not found");
	}

}
