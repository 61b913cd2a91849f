package org.stationops.officers;

import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.Masking;
import org.stationops.shared.Scope;
import org.stationops.shared.StationScoped;

/**
 * An officer's account.
 */
@Entity
@Table(name = "officers")
public class Officer extends AbstractEntity implements StationScoped {

	private String username = "";

	private String displayName = "";

	private String badgeNumber = "";

	private String phone = "";

	private @Nullable Long stationId;

	private String team = "";

	@Convert(converter = RolesConverter.class)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean active = true;

	private String preferredLanguage = "zh-CN";

	private String passwordHash = "";

	protected Officer() {
	}

	Officer(OfficerDetails details, String passwordHash) {
		this.username = details.username();
		apply(details);
		this.passwordHash = passwordHash;
	}

	void apply(OfficerDetails details) {
		this.displayName = details.displayName();
		this.badgeNumber = details.badgeNumber();
		this.phone = details.phone();
		this.stationId = details.stationId();
		this.team = details.team();
		this.roles = details.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(details.roles());
		this.preferredLanguage = details.preferredLanguage();
	}

	public OfficerDetails details() {
		return new OfficerDetails(this.username, this.displayName, this.badgeNumber, this.phone, this.stationId,
				this.team, this.roles, this.preferredLanguage);
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	void changePreferredLanguage(String language) {
		this.preferredLanguage = language;
	}

	/**
	 * @return the stations this officer's records reach.
	 */
	public Scope scope() {
		return this.stationId == null || this.roles.contains(Role.BUREAU_SUPERVISOR) ? Scope.bureau()
				: Scope.station(this.stationId);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	/**
	 * @return the name with the badge number, as officers are told apart in a choice.
	 */
	public String getNameAndBadge() {
		return this.displayName + " (" + this.badgeNumber + ")";
	}

	public String getBadgeNumber() {
		return this.badgeNumber;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getMaskedPhone() {
		return Masking.phone(this.phone);
	}

	public @Nullable Long getStationId() {
		return this.stationId;
	}

	public String getTeam() {
		return this.team;
	}

	public Set<Role> getRoles() {
		return EnumSet.copyOf(this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : this.roles);
	}

	public boolean isActive() {
		return this.active;
	}

	public String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

}
