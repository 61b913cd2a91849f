package org.stationops.consultations.web;

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
class CommunityListTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@ValueSource(
			strings = { "/youth", "/emergency", "/consultations", "/vessels", "/vessels/wanted", "/practitioners" })
	void communityListsAnswerOutOfRangePagesWithoutError(String list) {
		OfficerPrincipal supervisor = (OfficerPrincipal) this.users.loadUserByUsername("ds.supervisor");
		assertThat(this.mvc.get().uri(list).param("page", "99999999").with(user(supervisor))).hasStatusOk();
		assertThat(this.mvc.get().uri(list).param("page", "-5").with(user(supervisor))).hasStatusOk();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/youth?status=NOPE", "/emergency?scenario=NOPE", "/consultations?channel=NOPE",
			"/consultations/report?month=13-2026", "/vessels?status=NOPE", "/practitioners?trade=NOPE" })
	void communityListsAnswerUnreadableFiltersAsBadRequest(String list) {
		OfficerPrincipal officer = (OfficerPrincipal) this.users.loadUserByUsername("ds.officer");
		assertThat(this.mvc.get().uri(list).with(user(officer))).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/youth", "/emergency", "/consultations", "/consultations/report", "/vessels",
			"/vessels/wanted", "/practitioners", "/practitioners/campaigns" })
	void bureauAccountsOpenTheCommunityPages(String page) {
		OfficerPrincipal bureau = (OfficerPrincipal) this.users.loadUserByUsername("bureau");
		assertThat(this.mvc.get().uri(page).with(user(bureau))).hasStatusOk();
	}

}
