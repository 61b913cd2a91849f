package org.stationops.analysis;

import org.stationops.shared.NotFoundException;

public class BriefNotFoundException extends NotFoundException {

	BriefNotFoundException(String message) {
		super(message);
	}

	public static BriefNotFoundException forId(long id) {
		return new BriefNotFoundException("Daily brief " + id + " not found");
	}

}
