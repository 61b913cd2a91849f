package org.stationops.officers;

import org.stationops.shared.NotFoundException;

public class OfficerNotFoundException extends NotFoundException {

	private OfficerNotFoundException(String message) {
		super(message);
	}

	public static OfficerNotFoundException forId(Long id) {
		return new OfficerNotFoundException("No officer " + id);
	}

}
