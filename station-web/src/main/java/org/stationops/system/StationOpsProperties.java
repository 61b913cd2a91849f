package org.stationops.system;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code stationops.*}.
 *
 * @param demo whether to load the demo data set and show the demo accounts on the login
 * page; unset means "on with the embedded database, off with an external one".
 * @param admin the first administrator created on a production start with no accounts.
 */
@ConfigurationProperties("stationops")
public record StationOpsProperties(@Nullable Boolean demo, Admin admin) {

	public StationOpsProperties {
		admin = (admin != null) ? admin : new Admin(null, null);
	}

	/**
	 * @param username the first administrator's user name
	 * ({@code STATIONOPS_ADMIN_USERNAME}).
	 * @param password the first administrator's password
	 * ({@code STATIONOPS_ADMIN_PASSWORD}).
	 */
	public record Admin(@Nullable String username, @Nullable String password) {
	}

}
