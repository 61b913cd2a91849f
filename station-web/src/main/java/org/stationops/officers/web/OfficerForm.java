package org.stationops.officers.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerDetails;
import org.stationops.officers.Role;
import org.stationops.shared.validation.PhoneNumber;

/**
 * An officer account as the admin form edits it. The password is asked only when
 * creating.
 */
record OfficerForm(@NotBlank @Size(min = 3, max = 40) @Pattern(regexp = "[A-Za-z0-9._-]*") @Nullable String username,
		@NotBlank @Size(max = 40) @Nullable String displayName,
		@NotBlank @Pattern(regexp = "\\d{6}") @Nullable String badgeNumber,
		@PhoneNumber @Size(max = 20) @Nullable String phone, @Nullable Long stationId,
		@Size(max = 40) @Nullable String team, @NotEmpty @Nullable Set<Role> roles,
		@NotBlank @Pattern(regexp = "zh-CN|en") @Nullable String preferredLanguage, @Nullable String password,
		@Nullable Long version) {

	static OfficerForm empty(@Nullable Long stationId) {
		return new OfficerForm("", "", "", "", stationId, "", EnumSet.of(Role.OFFICER), "zh-CN", "", null);
	}

	static OfficerForm of(Officer officer) {
		return new OfficerForm(officer.getUsername(), officer.getDisplayName(), officer.getBadgeNumber(),
				officer.getPhone(), officer.getStationId(), officer.getTeam(), officer.getRoles(),
				officer.getPreferredLanguage(), "", officer.getVersion());
	}

	@SuppressWarnings("NullAway")
	OfficerDetails toDetails() {
		return new OfficerDetails(this.username.trim(), this.displayName.trim(), this.badgeNumber.trim(),
				(this.phone != null) ? this.phone.trim() : "", this.stationId,
				(this.team != null) ? this.team.trim() : "", this.roles, this.preferredLanguage);
	}

}
