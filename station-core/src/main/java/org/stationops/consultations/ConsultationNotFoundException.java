package org.stationops.consultations;

import org.stationops.shared.NotFoundException;

/**
 * No such consultation in the caller's scope.
 */
public class ConsultationNotFoundException extends NotFoundException {

	ConsultationNotFoundException(String message) {
		super(message);
	}

	public static ConsultationNotFoundException forId(Object id) {
		return new ConsultationNotFoundException("Consultation " + id + " not found");
	}

}
