package org.stationops.system;

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
 * Administrators keep accounts and stations; they never open a page that shows a
 * reporter's, party's, suspect's or contact's full personal values.
 */
@StationWebTest
class AdministratorPersonalDataTests {

	static final String[] FULL_VIEWS = { "/incidents/1", "/incidents/1/edit", "/antifraud/warnings/1",
			"/mediation/1/parties", "/cases/1/suspects/1", "/consultations/1", "/youth/1", "/emergency/1/mobilise",
			"/liaison/enterprises/1/personal", "/liaison/enterprises/1/edit", "/vessels/crew/1",
			"/api/v1/incidents/1" };

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	OfficerPrincipal as(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	@Test
	void refusesAdministratorsEveryFullViewOfPersonalData() {
		for (String path : FULL_VIEWS) {
			assertThat(this.mvc.get().uri(path).with(user(as("admin")))).as(path).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void stillShowsFullViewsToOperationalRoles() {
		assertThat(this.mvc.get().uri("/incidents/987654").with(user(as("ml.supervisor"))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/incidents").with(user(as("admin")))).hasStatusOk();
	}

}
