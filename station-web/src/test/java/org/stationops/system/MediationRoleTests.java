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

/**
 * Bureau supervisors read mediation and review closures; administrators have no
 * operational role: neither registers disputes or changes them.
 */
@StationWebTest
class MediationRoleTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	OfficerPrincipal as(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	@Test
	void refusesDisputeRegistrationAndRiskChangesToBureauSupervisorsAndAdministrators() {
		for (String username : new String[] { "bureau", "admin" }) {
			assertThat(this.mvc.post()
				.uri("/mediation")
				.with(user(as(username)))
				.with(csrf())
				.param("kind", "PEOPLE")
				.param("title", "测试：越权登记")).as(username).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.post()
				.uri("/mediation/1/risk")
				.with(user(as(username)))
				.with(csrf())
				.param("riskGrade", "RED")).as(username).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.mvc.get().uri("/mediation").with(user(as("bureau")))).hasStatusOk();
	}

	@Autowired
	org.stationops.audit.AuditService audit;

	@Autowired
	org.stationops.liaison.EnterpriseService enterprises;

	@Test
	void auditsTheEnterpriseEditFormBecauseItShowsFullPersonalValues() {
		Long id = this.enterprises
			.search(org.stationops.shared.Scope.station(as("ml.liaison").stationId()), "", null, null,
					org.springframework.data.domain.PageRequest.of(0, 1))
			.getContent()
			.get(0)
			.getId();
		long before = this.audit.countFor("enterprise", id);
		assertThat(this.mvc.get().uri("/liaison/enterprises/" + id + "/edit").with(user(as("ml.liaison"))))
			.hasStatusOk();
		assertThat(this.audit.countFor("enterprise", id)).isEqualTo(before + 1);
	}

}
