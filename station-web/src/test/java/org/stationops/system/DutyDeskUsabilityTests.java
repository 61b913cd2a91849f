package org.stationops.system;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stationops.cases.CaseActor;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.CaseService;
import org.stationops.cases.Decision;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.incidents.IncidentStatus;
import org.stationops.incidents.IncidentTracking;
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
 * Issue 11's smaller points and the figures that contradicted their page: anonymous tips,
 * the theft guide, the clearance time, the bureau's review figure, the mediation report's
 * period and the dashboard's way to all of an officer's mediations.
 */
@StationWebTest
class DutyDeskUsabilityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IncidentService incidents;

	@Autowired
	IncidentTracking tracking;

	@Autowired
	CaseService cases;

	@Autowired
	CaseReviewService reviews;

	OfficerPrincipal principal(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	static String now() {
		return LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
			.minusMinutes(5)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
	}

	MockMvcTester.MockMvcRequestBuilder tip(String description) {
		return this.mvc.post()
			.uri("/incidents?lang=zh-CN")
			.with(user(principal("ml.officer")))
			.with(csrf())
			.param("receivedAt", now())
			.param("source", "PHONE")
			.param("categoryCode", "PUBLIC_ORDER.OTHER")
			.param("location", "梅陇某棋牌室")
			.param("reporterName", "")
			.param("reporterPhone", "")
			.param("reporterIdNumber", "")
			.param("description", description)
			.param("formToken", UUID.randomUUID().toString());
	}

	@Test
	void registersAnAnonymousTipWithAReasonAndShowsAnonymousInsteadOfTheReporter() {
		String description = "匿名举报某棋牌室聚众赌博 " + UUID.randomUUID();
		String receipt = tip(description).param("anonymous", "true")
			.param("anonymityReason", "担心遭到报复")
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		assertThat(receipt).matches("/incidents/\\d+/receipt");
		String detail = receipt.replace("/receipt", "");
		assertThat(this.mvc.get().uri(detail + "?lang=zh-CN").with(user(principal("ml.officer")))).hasStatusOk()
			.bodyText()
			.contains("匿名", "担心遭到报复")
			.doesNotContain("null");
		assertThat(this.mvc.get().uri(receipt + "?lang=zh-CN").with(user(principal("ml.officer")))).hasStatusOk()
			.bodyText()
			.contains("匿名");
	}

	@Test
	void anAnonymousTipNeedsItsReasonAndANamedOneItsNameAndPhone() {
		assertThat(tip("匿名无原因").param("anonymous", "true").param("anonymityReason", "")).hasStatusOk()
			.bodyText()
			.contains("匿名举报须填写匿名原因", "匿名无原因");
		assertThat(tip("未勾选匿名")).hasStatusOk().bodyText().contains("请填写；不愿留下身份的");
	}

	@Test
	void theftHasAHandlingGuide() {
		OfficerPrincipal me = principal("ml.officer");
		Incident theft = this.incidents.register(me.scope(), me.stationId(),
				new IncidentDetails(Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS),
						IncidentSource.WALK_IN, "CRIMINAL.THEFT", "梅陇路地铁站", null, null, null, "报警人", "13900002222", "",
						"手机被盗"),
				null, null, me.username());
		assertThat(this.mvc.get().uri("/incidents/" + theft.getId() + "?lang=zh-CN").with(user(me))).hasStatusOk()
			.bodyText()
			.contains("盗窃警情处置", "嫌疑人仍在现场或刚离开");
	}

	@Test
	void anIncidentDisposedWhileOnSceneGetsAClearanceTime() {
		OfficerPrincipal me = principal("ml.officer");
		Incident incident = this.incidents.register(me.scope(), me.stationId(),
				new IncidentDetails(Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS),
						IncidentSource.EMERGENCY_110, "PUBLIC_ORDER.DISPUTE", "梅陇某小区", null, null, null, "报警人",
						"13900003333", "", "邻里纠纷"),
				null, null, me.username());
		this.incidents.dispatch(me.scope(), incident.getId(), me.officerId(), "", Instant.now().minusSeconds(900));
		this.incidents.arrive(me.scope(), incident.getId(), Instant.now().minusSeconds(600));
		Incident closed = this.incidents.dispose(me.scope(), incident.getId(), IncidentStatus.RESOLVED_ON_SITE, "现场调解",
				"", "", me.officerId(), Instant.now());
		assertThat(closed.getClearedAt()).isNotNull();
	}

	@Test
	void thePublicLookupShowsTheStageOfTheCaseTheIncidentBecame() {
		OfficerPrincipal me = principal("ml.officer");
		Incident incident = this.incidents.register(me.scope(), me.stationId(),
				new IncidentDetails(Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
						IncidentSource.WALK_IN, "CRIMINAL.THEFT", "梅陇某超市", null, null, null, "报警人", "13900004444", "",
						"钱包被盗，内有现金800元"),
				null, null, me.username());
		this.incidents.dispose(me.scope(), incident.getId(), IncidentStatus.CASE_OPENED, "", "", "", me.officerId(),
				Instant.now().minusSeconds(3600));
		CaseFile caseFile = this.cases.findByIncident(me.scope(), incident.getId()).orElseThrow();
		OfficerPrincipal boss = principal("ml.supervisor");
		var review = this.reviews.submit(me.scope(), caseFile.getId(), Decision.FILING, "", "",
				new CaseActor(me.officerId(), me.displayName()));
		this.reviews.approve(me.scope(), review.getId(), new CaseActor(boss.officerId(), boss.displayName()), "");
		assertThat(this.tracking.track(incident.getReceiptNumber(), incident.getQueryCode()).orElseThrow().stageKey())
			.isEqualTo("cases.publicStage.FILED");
	}

	@Test
	void theReceiptNeverPrintsTheIntranetAddress() {
		OfficerPrincipal me = principal("ml.officer");
		Incident incident = this.incidents.register(me.scope(), me.stationId(),
				new IncidentDetails(Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS),
						IncidentSource.WALK_IN, "CRIMINAL.THEFT", "梅陇某商场", null, null, null, "报警人", "13900005555", "",
						"手机被盗"),
				null, null, me.username());
		assertThat(this.mvc.get().uri("/incidents/" + incident.getId() + "/receipt?lang=zh-CN").with(user(me)))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("localhost/track", "http://localhost");
	}

	@Test
	void theBureauDashboardDoesNotCountReviewsItCannotApproveAsWaitingForIt() {
		assertThat(this.mvc.get().uri("/?lang=zh-CN").with(user(principal("bureau")))).hasStatusOk()
			.bodyText()
			.doesNotContain("待我审核")
			.contains("各所待审核");
		assertThat(this.mvc.get().uri("/?lang=zh-CN").with(user(principal("ml.supervisor")))).hasStatusOk()
			.bodyText()
			.contains("待我审核");
	}

	@Test
	void theMediationReportPutsThePeriodItShowsIntoItsDateFields() {
		LocalDateTime today = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
		String from = today.toLocalDate().withDayOfMonth(1).toString();
		assertThat(this.mvc.get().uri("/mediation/report").with(user(principal("ml.supervisor"))))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.startsWith("/mediation/report?from=" + from + "&to=");
	}

	@Test
	void theOfficersDashboardLinksToAllTheirOpenMediations() throws Exception {
		OfficerPrincipal me = principal("ml.officer");
		String body = this.mvc.get().uri("/?lang=zh-CN").with(user(me)).exchange().getResponse().getContentAsString();
		if (body.contains("id=\"mediation-mine-all\"")) {
			assertThat(body).contains("/mediation?status=OPEN&amp;officerId=" + me.officerId());
		}
		assertThat(this.mvc.get().uri("/mediation?status=OPEN&officerId=" + me.officerId()).with(user(me)))
			.hasStatusOk();
	}

}
