package org.stationops.officers.web;

import java.util.stream.Collectors;

import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.officers.Role;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Signs officers in by user name; a deactivated account is refused by Spring Security's
 * enabled check.
 */
@Service
class OfficerUserDetailsService implements UserDetailsService {

	private final OfficerService officers;

	OfficerUserDetailsService(OfficerService officers) {
		this.officers = officers;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Officer officer = this.officers.findByUsername(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
		return new OfficerPrincipal(officer.getId(), officer.getUsername(), officer.getDisplayName(),
				officer.getStationId(), officer.getRoles().stream().map(Role::name).collect(Collectors.toSet()),
				officer.isActive(), officer.getPreferredLanguage(), officer.getPasswordHash());
	}

}
