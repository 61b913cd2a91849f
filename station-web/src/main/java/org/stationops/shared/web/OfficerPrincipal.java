package org.stationops.shared.web;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.Scope;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in officer, as every controller sees it
 * ({@code @AuthenticationPrincipal OfficerPrincipal me}).
 *
 * @param roles role names without the {@code ROLE_} prefix.
 */
public record OfficerPrincipal(Long officerId, String username, String displayName, @Nullable Long stationId,
		Set<String> roles, boolean active, String preferredLanguage, String passwordHash) implements UserDetails {

	/**
	 * @return the stations this officer reaches: all of them for bureau-level accounts.
	 */
	public Scope scope() {
		return (this.stationId == null || this.roles.contains("BUREAU_SUPERVISOR")) ? Scope.bureau()
				: Scope.station(this.stationId);
	}

	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = this.roles.stream()
			.map(role -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.active;
	}

	@Override
	public String toString() {
		return "OfficerPrincipal[" + this.username + "]";
	}

}
