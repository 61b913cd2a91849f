package org.stationops.system;

import org.junit.jupiter.api.Test;
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
class NulCharacterTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void answersBadRequestInsteadOfAServerErrorForANulCharacterInAFilterOrForm() {
		OfficerPrincipal me = (OfficerPrincipal) this.users.loadUserByUsername("ml.duty");
		assertThat(this.mvc.get().uri("/incidents").param("category", "CRIMINAL\u0000").with(user(me)))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.post()
			.uri("/incidents")
			.with(user(me))
			.with(csrf())
			.param("receivedAt", "2026-11-20T09:30")
			.param("source", "WALK_IN")
			.param("categoryCode", "CRIMINAL.THEFT")
			.param("location", "梅陇")
			.param("reporterName", "测试")
			.param("reporterPhone", "13912345678")
			.param("description", "带\u0000控制字符")).hasStatus(HttpStatus.BAD_REQUEST);
	}

}
