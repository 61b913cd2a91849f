package org.stationops.system;

import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Hostile input answers 4xx in the layout, never 500.
 */
@StationWebTest
class HostileInputTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	OfficerPrincipal as(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	@Test
	void answersATamperedCsrfTokenWithForbiddenInTheLayout() {
		byte[] tampered = new byte[72];
		Arrays.fill(tampered, 36, 72, (byte) 0xFF);
		String token = Base64.getUrlEncoder().encodeToString(tampered);
		assertThat(this.mvc.post().uri("/admin/officers/1/deactivate").param("_csrf", token).with(user(as("admin"))))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/login").param("_csrf", token).param("username", "x").param("password", "y"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

}
