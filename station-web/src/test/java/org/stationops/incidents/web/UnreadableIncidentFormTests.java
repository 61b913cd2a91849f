package org.stationops.incidents.web;

import org.junit.jupiter.api.Test;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * An intake form whose fields cannot be read at all (forged types in every field) comes
 * back as a form with a message, never a server error.
 */
@StationWebTest
class UnreadableIncidentFormTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void answersAFormOfForgedFieldTypesWithTheFormAndAMessage() {
		OfficerPrincipal me = (OfficerPrincipal) this.users.loadUserByUsername("ml.duty");
		assertThat(this.mvc.post()
			.uri("/incidents?lang=zh-CN")
			.with(user(me))
			.with(csrf())
			.param("receivedAt", "\u577f\u5d6b")
			.param("source", "ML-20261202-0009")
			.param("categoryCode", "")
			.param("areaId", "\u93a9\u3c3b")
			.param("latitude", "-26752")
			.param("longitude", "true")
			.param("reporterPhone", "66")
			.param("reporterIdNumber", "0")
			.param("description", "=cmd|' /C calc'!A0")
			.param("stationId", "\ud1ab\u3463")
			.param("formToken", "\u5be5\ubc92")
			.param("version", "1899-12-31")
			.param("anonymityReason", "true")).hasStatusOk();
	}

}
