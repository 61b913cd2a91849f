package org.stationops.system;

import org.junit.jupiter.api.Test;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class LanguageSwitchTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void languageSwitchKeepsThePagesFiltersAndParameters() {
		OfficerPrincipal me = (OfficerPrincipal) this.users.loadUserByUsername("ml.officer");
		assertThat(this.mvc.get().uri("/incidents?category=CRIMINAL.THEFT&status=RECEIVED").with(user(me)))
			.hasStatusOk()
			.bodyText()
			.contains("href=\"/incidents?category=CRIMINAL.THEFT&amp;status=RECEIVED&amp;lang=en\"");
	}

}
