package org.stationops.system;

/**
 * A production start found no accounts and no first administrator to create.
 */
class FirstAdministratorMissingException extends IllegalStateException {

	FirstAdministratorMissingException(int minPasswordLength) {
		super("No accounts exist yet. Set STATIONOPS_ADMIN_USERNAME and STATIONOPS_ADMIN_PASSWORD (at least "
				+ minPasswordLength + " characters) to create the first administrator, then start again.");
	}

}
