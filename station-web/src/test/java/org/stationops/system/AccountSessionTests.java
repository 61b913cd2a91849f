package org.stationops.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerDetails;
import org.stationops.officers.OfficerService;
import org.stationops.officers.Role;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A session follows its account: deactivation, a password reset, a move to another
 * station or a change of roles ends it at the next request.
 */
@StationWebTest
class AccountSessionTests {

	static final String PASSWORD = "a-long-password";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OfficerService officers;

	@Autowired
	StationService stations;

	Officer newOfficer() {
		String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100000, 999999));
		return this.officers.create(Scope.bureau(), new OfficerDetails("session." + suffix, "会话测试", suffix,
				"13912345678", this.stations.getByCode("ML").getId(), "", EnumSet.of(Role.OFFICER), "zh-CN"), PASSWORD);
	}

	OfficerPrincipal signedIn(Officer officer) {
		return (OfficerPrincipal) this.users.loadUserByUsername(officer.getUsername());
	}

	static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void keepsTheSessionOfAnUnchangedAccount() {
		Officer officer = newOfficer();
		assertThat(this.mvc.get().uri("/").with(user(signedIn(officer)))).hasStatusOk();
	}

	@Test
	void endsTheSessionOfADeactivatedAccount() {
		Officer officer = newOfficer();
		OfficerPrincipal session = signedIn(officer);
		this.officers.setActive(Scope.bureau(), officer.getId(), false, -1L);
		assertThat(this.mvc.get().uri("/").with(user(session))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.contains("/login");
	}

	@Test
	void endsTheSessionAfterAPasswordReset() {
		Officer officer = newOfficer();
		OfficerPrincipal session = signedIn(officer);
		this.officers.resetPassword(Scope.bureau(), officer.getId(), "another-long-password");
		assertThat(this.mvc.get().uri("/").with(user(session))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.contains("/login");
	}

	@Test
	void endsTheSessionOfAnOfficerMovedToAnotherStation() {
		Officer officer = newOfficer();
		OfficerPrincipal session = signedIn(officer);
		OfficerDetails moved = officer.details();
		this.officers.update(Scope.bureau(), officer.getId(), officer.getVersion(),
				new OfficerDetails(moved.username(), moved.displayName(), moved.badgeNumber(), moved.phone(),
						this.stations.getByCode("DS").getId(), moved.team(), moved.roles(), moved.preferredLanguage()));
		assertThat(this.mvc.get().uri("/").with(user(session))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.contains("/login");
	}

	@Test
	void refusesTheApiToADeactivatedAccount() {
		Officer officer = newOfficer();
		assertThat(this.mvc.get()
			.uri("/api/v1/incidents/999999999")
			.header("Authorization", basic(officer.getUsername(), PASSWORD))).hasStatus(HttpStatus.NOT_FOUND);
		this.officers.setActive(Scope.bureau(), officer.getId(), false, -1L);
		assertThat(this.mvc.get()
			.uri("/api/v1/incidents/999999999")
			.header("Authorization", basic(officer.getUsername(), PASSWORD))).hasStatus(HttpStatus.UNAUTHORIZED);
	}

}
