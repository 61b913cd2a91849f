package org.stationops.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.stationops.audit.AuditService;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Sign-in is throttled per name and per address, for the form and HTTP Basic alike.
 */
@StationWebTest
class SignInThrottleTests {

	static final String PASSWORD = "a-long-password";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	OfficerService officers;

	@Autowired
	StationService stations;

	@Autowired
	AuditService audit;

	@Autowired
	UserDetailsService users;

	static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	Officer newOfficer() {
		String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100000, 999999));
		return this.officers.create(Scope.bureau(), new OfficerDetails("throttle." + suffix, "限流测试", suffix,
				"13912345678", this.stations.getByCode("ML").getId(), "", EnumSet.of(Role.OFFICER), "zh-CN"), PASSWORD);
	}

	MvcTestResult signIn(String username, String password, String address) {
		return this.mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address))
			.exchange();
	}

	@Test
	void locksAnAccountAfterRepeatedFailuresUntilAnAdministratorUnlocksIt() {
		Officer officer = newOfficer();
		String address = randomAddress();
		for (int i = 0; i < 12; i++) {
			signIn(officer.getUsername(), "wrong-password", address);
		}
		assertThat(signIn(officer.getUsername(), PASSWORD, address)).redirectedUrl().isEqualTo("/login?throttled");
		assertThat(signIn(officer.getUsername(), PASSWORD, randomAddress())).redirectedUrl()
			.isEqualTo("/login?throttled");
		assertThat(this.audit.countFor("account", officer.getUsername())).isPositive();
		assertThat(this.mvc.get().uri("/login?throttled")).bodyText().contains("登录尝试过多");

		OfficerPrincipal admin = (OfficerPrincipal) this.users.loadUserByUsername("admin");
		assertThat(this.mvc.get().uri("/admin/officers/" + officer.getId() + "/edit").with(user(admin))).bodyText()
			.contains("解除锁定");
		assertThat(this.mvc.post().uri("/admin/officers/" + officer.getId() + "/unlock").with(user(admin)).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(signIn(officer.getUsername(), PASSWORD, randomAddress())).redirectedUrl().isEqualTo("/");
	}

	@Test
	void delaysAfterAFewFailuresEvenBeforeTheLock() {
		Officer officer = newOfficer();
		String address = randomAddress();
		for (int i = 0; i < 3; i++) {
			assertThat(signIn(officer.getUsername(), "wrong-password", address)).redirectedUrl()
				.isEqualTo("/login?error");
		}
		assertThat(signIn(officer.getUsername(), PASSWORD, address)).redirectedUrl().isEqualTo("/login?throttled");
	}

	@Test
	void answersUnknownNamesExactlyLikeKnownOnes() {
		Officer officer = newOfficer();
		String unknown = "nobody." + ThreadLocalRandom.current().nextInt(100000, 999999);
		for (int i = 0; i < 12; i++) {
			MvcTestResult known = signIn(officer.getUsername(), "wrong-password", randomAddress());
			MvcTestResult stranger = signIn(unknown, "wrong-password", randomAddress());
			assertThat(stranger.getResponse().getRedirectedUrl()).isEqualTo(known.getResponse().getRedirectedUrl());
		}
	}

	@Test
	void throttlesAnAddressTryingManyNames() {
		String address = randomAddress();
		for (int i = 0; i < 55; i++) {
			signIn("guess." + i + "." + ThreadLocalRandom.current().nextInt(), "wrong-password", address);
		}
		Officer officer = newOfficer();
		assertThat(signIn(officer.getUsername(), PASSWORD, address)).redirectedUrl().isEqualTo("/login?throttled");
		assertThat(signIn(officer.getUsername(), PASSWORD, randomAddress())).redirectedUrl().isEqualTo("/");
	}

	@Test
	void throttlesHttpBasicWithAProblemDetail() {
		Officer officer = newOfficer();
		String address = randomAddress();
		String wrong = "Basic " + Base64.getEncoder()
			.encodeToString((officer.getUsername() + ":wrong-password").getBytes(StandardCharsets.UTF_8));
		String right = "Basic " + Base64.getEncoder()
			.encodeToString((officer.getUsername() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < 12; i++) {
			this.mvc.get().uri("/api/v1/incidents/1").header("Authorization", wrong).with(from(address)).exchange();
		}
		assertThat(this.mvc.get().uri("/api/v1/incidents/1").header("Authorization", right).with(from(address)))
			.hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.bodyText()
			.contains("Too many sign-in attempts");
	}

}
