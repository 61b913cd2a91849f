package org.stationops.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class ListParameterTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@ValueSource(strings = { "/incidents", "/cases", "/antifraud", "/mediation", "/liaison/enterprises",
			"/liaison/tickets" })
	void answersAnEmptyPageForAPageNumberFarPastTheEnd(String list) {
		OfficerPrincipal supervisor = (OfficerPrincipal) this.users.loadUserByUsername("ml.supervisor");
		assertThat(this.mvc.get().uri(list).param("page", "99999999").with(user(supervisor))).hasStatusOk();
		assertThat(this.mvc.get().uri(list).param("page", "-5").with(user(supervisor))).hasStatusOk();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/incidents?from=abc", "/incidents?page=abc", "/cases?page=x" })
	void answersABadFilterValueAsABadRequestRatherThanAMissingRecord(String list) {
		OfficerPrincipal officer = (OfficerPrincipal) this.users.loadUserByUsername("ml.officer");
		assertThat(this.mvc.get().uri(list).with(user(officer))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("无法处理该请求");
	}

	@Test
	void stillAnswersANonNumericRecordIdAsNotFound() {
		OfficerPrincipal officer = (OfficerPrincipal) this.users.loadUserByUsername("ml.officer");
		assertThat(this.mvc.get().uri("/cases/abc").with(user(officer))).hasStatus(HttpStatus.NOT_FOUND);
	}

}
