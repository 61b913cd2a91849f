package org.stationops.analysis.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.liaison.Enterprise;
import org.stationops.liaison.EnterpriseService;
import org.stationops.patrol.PatrolPlan;
import org.stationops.patrol.PatrolPlanService;
import org.stationops.patrol.PatrolShiftService;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The cross-feature work list on the dashboard: each role gets its own lists, each item
 * links to where the work is done, and nothing of another station shows.
 */
@StationWebTest
class WorkListPanelWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PatrolPlanService plans;

	@Autowired
	PatrolShiftService shifts;

	@Autowired
	IncidentService incidents;

	@Autowired
	EnterpriseService enterprises;

	OfficerPrincipal as(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	String dashboard(String username) throws Exception {
		var result = this.mvc.get().uri("/?lang=zh-CN").with(user(as(username))).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	PatrolPlan patrolled(String username) {
		OfficerPrincipal me = as(username);
		PatrolPlan plan = this.plans.list(me.scope()).get(0);
		Instant start = Instant.now().minus(3, ChronoUnit.DAYS);
		this.shifts.enterFromLog(me.scope(), plan.getId(), username, "", start, List.of(),
				start.plus(1, ChronoUnit.HOURS), 0, "工作清单测试");
		return plan;
	}

	@Test
	void officerSeesTheirAppointmentsPatrolPlansAndFollowUpsButNotAnotherStationsPlan() throws Exception {
		PatrolPlan mine = patrolled("ml.officer");
		PatrolPlan theirs = patrolled("ds.officer");

		String body = dashboard("ml.officer");

		assertThat(body)
			.contains("id=\"worklist-panel\"", "id=\"my-appointments\"", "id=\"my-follow-ups\"", "id=\"my-plans\"",
					"href=\"/patrol/plans/" + mine.getId() + "\"")
			.doesNotContain("href=\"/patrol/plans/" + theirs.getId() + "\"");
		assertThat(body).doesNotContain("id=\"overdue-by-officer\"", "id=\"my-screenings\"");
	}

	@Test
	void liaisonOfficerSeesTheirScreeningsOfTheirOwnEnterprisesAndTheirMonth() throws Exception {
		OfficerPrincipal me = as("ml.liaison");

		String body = dashboard("ml.liaison");

		assertThat(body).contains("id=\"my-screenings\"", "id=\"my-month\"", "我的本月数字");
		Matcher links = Pattern.compile("/liaison/screening/campaigns/\\d+/enterprises/(\\d+)").matcher(body);
		while (links.find()) {
			Enterprise listed = this.enterprises.get(Scope.bureau(), Long.valueOf(links.group(1)));
			assertThat(listed.getStationId()).isEqualTo(me.stationId());
			assertThat(listed.getLiaisonOfficerId()).isEqualTo(me.officerId());
		}
	}

	@Test
	void supervisorSeesOverdueWorkPerOfficerOfTheirStationOnly() throws Exception {
		OfficerPrincipal officer = as("ml.officer");
		OfficerPrincipal other = as("ds.officer");
		stale(officer);
		stale(other);

		String body = dashboard("ml.supervisor");

		assertThat(body)
			.contains("id=\"overdue-by-officer\"", "href=\"/incidents?officer=" + officer.officerId() + "\"",
					"id=\"disputes-to-review\"")
			.doesNotContain("href=\"/incidents?officer=" + other.officerId() + "\"");
		assertThat(dashboard("ds.supervisor")).contains("href=\"/incidents?officer=" + other.officerId() + "\"")
			.doesNotContain("href=\"/incidents?officer=" + officer.officerId() + "\"");
	}

	/**
	 * An incident assigned to the officer and open for two days.
	 */
	Incident stale(OfficerPrincipal me) {
		Incident incident = this.incidents.register(me.scope(), me.stationId(),
				new IncidentDetails(Instant.now().minus(2, ChronoUnit.DAYS), IncidentSource.WALK_IN, "CRIMINAL.THEFT",
						"逾期清单-" + UUID.randomUUID(), null, null, null, "报警人", "13911112222", "", "逾期测试"),
				null, null, me.username());
		return this.incidents.dispatch(me.scope(), incident.getId(), me.officerId(), "",
				Instant.now().minus(2, ChronoUnit.DAYS).plusSeconds(300));
	}

}
