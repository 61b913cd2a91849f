package org.stationops.antifraud.web;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stationops.antifraud.AntifraudService;
import org.stationops.antifraud.FraudType;
import org.stationops.antifraud.FraudWarning;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class AntifraudWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AntifraudService antifraud;

	OfficerPrincipal principal(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	@Test
	void registersAWarningAndMasksThePhoneInTheList() {
		String name = "预警对象" + UUID.randomUUID().toString().substring(0, 6);
		assertThat(this.mvc.post()
			.uri("/antifraud/warnings")
			.with(user(principal("ml.liaison")))
			.with(csrf())
			.param("victimName", name)
			.param("phone", "13987654321")
			.param("fraudType", "FAKE_LOAN")
			.param("warnedAt", "2026-11-24T10:00")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/antifraud").with(user(principal("ml.liaison")))).hasStatusOk()
			.bodyText()
			.contains(name, "139****4321")
			.doesNotContain("13987654321");
	}

	@Test
	void keepsInputAndExplainsABadPhone() {
		assertThat(this.mvc.post()
			.uri("/antifraud/warnings")
			.with(user(principal("ml.liaison")))
			.with(csrf())
			.param("victimName", "某某")
			.param("phone", "12345")
			.param("fraudType", "FAKE_LOAN")
			.param("warnedAt", "2026-11-24T10:00")).hasStatusOk().bodyText().contains("12345", "手机号或座机号格式不正确");
	}

	@Test
	void aLossOpensOneCaseInOneClick() {
		OfficerPrincipal me = principal("ml.liaison");
		FraudWarning warning = this.antifraud.register(me.scope(), me.stationId(), "受害人", "13900001111",
				FraudType.FAKE_INVESTMENT, Instant.now().minusSeconds(600), me.officerId());
		assertThat(this.mvc.post().uri("/antifraud/warnings/" + warning.getId() + "/case").with(user(me)).with(csrf()))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(this.mvc.post()
			.uri("/antifraud/warnings/" + warning.getId() + "/outcome")
			.with(user(me))
			.with(csrf())
			.param("intervention", "CALL")
			.param("outcome", "LOSS_OCCURRED")
			.param("protectedAmount", "0")
			.param("version", String.valueOf(warning.getVersion()))).hasStatus(HttpStatus.FOUND);
		String first = this.mvc.post()
			.uri("/antifraud/warnings/" + warning.getId() + "/case")
			.with(user(me))
			.with(csrf())
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		String second = this.mvc.post()
			.uri("/antifraud/warnings/" + warning.getId() + "/case")
			.with(user(me))
			.with(csrf())
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		assertThat(first).startsWith("/cases/").isEqualTo(second);
	}

	@Test
	void aWarningOfAnotherStationAnswers404() {
		assertThat(this.mvc.get().uri("/antifraud/warnings/1").with(user(principal("ds.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

}
