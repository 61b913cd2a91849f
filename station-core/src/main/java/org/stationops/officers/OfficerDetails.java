package org.stationops.officers;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The editable details of an officer's account (everything but the password and the
 * active flag).
 *
 * @param stationId {@literal null} only for bureau-level accounts (administrators and
 * bureau supervisors).
 */
public record OfficerDetails(String username, String displayName, String badgeNumber, String phone,
		@Nullable Long stationId, String team, Set<Role> roles, String preferredLanguage) {
}
