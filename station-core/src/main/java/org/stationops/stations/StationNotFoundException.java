package org.stationops.stations;

import org.stationops.shared.NotFoundException;

public class StationNotFoundException extends NotFoundException {

	private StationNotFoundException(String message) {
		super(message);
	}

	public static StationNotFoundException forId(Long id) {
		return new StationNotFoundException("No station " + id);
	}

	public static StationNotFoundException forArea(Long id) {
		return new StationNotFoundException("No area " + id);
	}

}
