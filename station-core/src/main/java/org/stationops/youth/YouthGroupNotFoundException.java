package org.stationops.youth;

import org.stationops.shared.NotFoundException;

/**
 * No such group, or one the reader may not see: both answer the same.
 */
public class YouthGroupNotFoundException extends NotFoundException {

	YouthGroupNotFoundException(String message) {
		super(message);
	}

	public static YouthGroupNotFoundException forId(Object id) {
		return new YouthGroupNotFoundException("Youth assistance group " + id + " not found");
	}

}
