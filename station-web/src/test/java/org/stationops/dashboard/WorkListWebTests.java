package org.stationops.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.stationops.cases.CaseActor;
import org.stationops.cases.CaseDetails;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseKind;
import org.stationops.cases.CaseReview;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.CaseService;
import org.stationops.cases.FilingTrack;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.liaison.Enterprise;
import org.stationops.liaison.EnterpriseService;
import org.stationops.liaison.FastChannelService;
import org.stationops.liaison.FastChannelTicket;
import org.stationops.liaison.Urgency;
import org.stationops.shared.Scope;
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
 * Each role's work list on the dashboard: the items are the signed-in officer's own (or,
 * for a supervisor, the station's), each links to where the work is done, and nothing
 * from another station shows.
 */
@StationWebTest
class WorkListWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CaseService cases;

	@Autowired
	CaseReviewService reviews;

	@Autowired
	IncidentService incidents;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	FastChannelService tickets;

	OfficerPrincipal principal(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	CaseFile open(String username, String title) {
		OfficerPrincipal me = principal(username);
		CaseDetails details = new CaseDetails(title, CaseKind.CRIMINAL, null, "", me.officerId(), "",
				Instant.now().minus(2, ChronoUnit.HOURS), false, FilingTrack.STANDARD, BigDecimal.ZERO,
				BigDecimal.ZERO);
		return this.cases.open(me.scope(), me.stationId(), details, new CaseActor(me.officerId(), me.displayName()),
				null, null);
	}

	CaseReview submitFiling(String username, CaseFile caseFile) {
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/decisions")
			.with(user(principal(username)))
			.with(csrf())
			.param("decision", "FILING")
			.param("note", "有犯罪事实")).hasStatus(HttpStatus.FOUND);
		return this.reviews.ofCase(Scope.bureau(), caseFile.getId()).get(0);
	}

	Incident assignedIncident(String username, String location) {
		OfficerPrincipal me = principal(username);
		Incident incident = this.incidents.register(
				me.scope(), me.stationId(), new IncidentDetails(Instant.now().minusSeconds(600), IncidentSource.WALK_IN,
						"CRIMINAL.THEFT", location, null, null, null, "报警人", "13911112222", "", "工作清单测试"),
				null, null, username);
		return this.incidents.dispatch(me.scope(), incident.getId(), me.officerId(), "", Instant.now());
	}

	String dashboard(String username) {
		var result = this.mvc.get().uri("/").with(user(principal(username))).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void officerSeesOwnOpenIncidentsCasesAndReturnedDecisionsWithTheReasonAndNoOtherStations() {
		Incident mine = assignedIncident("ml.officer", "工作清单-梅陇-" + UUID.randomUUID());
		Incident theirs = assignedIncident("ds.officer", "工作清单-岱山-" + UUID.randomUUID());
		open("ml.officer", "清单-" + UUID.randomUUID());
		CaseFile otherCase = open("ds.officer", "清单-" + UUID.randomUUID());
		CaseFile returnedCase = open("ml.officer", "退回-" + UUID.randomUUID());
		CaseReview review = submitFiling("ml.officer", returnedCase);
		assertThat(this.mvc.post()
			.uri("/supervision/reviews/" + review.getId() + "/return")
			.with(user(principal("ml.supervisor")))
			.with(csrf())
			.param("reasonCode", "EVIDENCE_INSUFFICIENT")
			.param("comment", "补充被害人笔录")).hasStatus(HttpStatus.FOUND);

		String body = dashboard("ml.officer");

		assertThat(body).contains("href=\"/incidents/" + mine.getId() + "\"", mine.getLocation())
			.doesNotContain(theirs.getLocation(), "href=\"/incidents/" + theirs.getId() + "\"");
		// the list shows the officer's eight nearest deadlines; other tests in this
		// shared
		// database may give ml.officer nearer ones than this new case, so only the list
		// and
		// the other station's absence are certain here
		assertThat(body).contains("id=\"my-cases\"").doesNotContain(otherCase.getTitle());
		assertThat(body).contains("id=\"my-returned\"", "href=\"/cases/" + returnedCase.getId() + "\"", "证据不足",
				"补充被害人笔录");
	}

	@Test
	void supervisorSeesTheStationsReviewQueueWithAgesAndNoOtherStations() {
		CaseFile here = open("ml.officer", "待审-" + UUID.randomUUID());
		submitFiling("ml.officer", here);
		CaseFile there = open("ds.officer", "待审-" + UUID.randomUUID());
		submitFiling("ds.officer", there);

		String body = dashboard("ml.supervisor");

		assertThat(body).contains("id=\"review-queue\"", "已等待").doesNotContain("id=\"my-cases\"");
		assertThat(body).doesNotContain("href=\"/cases/" + there.getId() + "\"");
		String other = dashboard("ds.supervisor");
		assertThat(other).contains("id=\"review-queue\"").doesNotContain("href=\"/cases/" + here.getId() + "\"");
	}

	@Test
	void liaisonOfficerSeesOwnDueEnterprisesAndTicketsBySlaAndNoOtherStations() {
		OfficerPrincipal me = principal("ml.liaison");
		OfficerPrincipal other = principal("ds.liaison");
		Enterprise mine = this.enterprises.mine(me.stationId(), me.officerId()).get(0);
		Enterprise theirs = this.enterprises.mine(other.stationId(), other.officerId()).get(0);
		FastChannelTicket myTicket = this.tickets.open(me.scope(), mine.getId(), "清单工单-" + UUID.randomUUID(),
				Urgency.URGENT, "门口有可疑人员", null);
		FastChannelTicket theirTicket = this.tickets.open(other.scope(), theirs.getId(), "清单工单-" + UUID.randomUUID(),
				Urgency.URGENT, "门口有可疑人员", null);

		String body = dashboard("ml.liaison");

		assertThat(body).contains("id=\"my-tickets\"", "href=\"/liaison/tickets/" + myTicket.getId() + "\"")
			.doesNotContain(theirTicket.getType());
		Matcher links = Pattern.compile("href=\"/liaison/enterprises/(\\d+)\"").matcher(body);
		int shown = 0;
		while (links.find()) {
			Enterprise listed = this.enterprises.get(Scope.bureau(), Long.valueOf(links.group(1)));
			assertThat(listed.getStationId()).isEqualTo(me.stationId());
			assertThat(listed.getLiaisonOfficerId()).isEqualTo(me.officerId());
			shown++;
		}
		assertThat(body.contains("id=\"my-enterprises\"")).isEqualTo(shown > 0);
	}

}
