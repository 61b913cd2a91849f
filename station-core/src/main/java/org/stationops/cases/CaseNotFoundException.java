package org.stationops.cases;

import org.stationops.shared.NotFoundException;

/**
 * A case, or a record of a case, that does not exist or lies outside the caller's scope.
 */
public class CaseNotFoundException extends NotFoundException {

	CaseNotFoundException(String message) {
		super(message);
	}

	public static CaseNotFoundException forId(Long id) {
		return new CaseNotFoundException("Case " + id + " not found");
	}

}
