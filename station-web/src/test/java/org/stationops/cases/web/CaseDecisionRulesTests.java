package org.stationops.cases.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stationops.cases.CaseActor;
import org.stationops.cases.CaseDetails;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseKind;
import org.stationops.cases.CaseReview;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.CaseService;
import org.stationops.cases.CaseStage;
import org.stationops.cases.DeadlineEngine;
import org.stationops.cases.Decision;
import org.stationops.cases.DecisionFacts;
import org.stationops.cases.FilingTrack;
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
 * Issue 9's rules on the case, through the pages: the punishment decision carries its
 * penalty within the law of the case, switching to the complex review needs a supervisor,
 * pause dates are never in the future.
 */
@StationWebTest
class CaseDecisionRulesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CaseService cases;

	@Autowired
	CaseReviewService reviews;

	OfficerPrincipal principal(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	CaseActor actor(String username) {
		OfficerPrincipal p = principal(username);
		return new CaseActor(p.officerId(), p.displayName());
	}

	CaseFile solvedAdministrativeCase() {
		OfficerPrincipal me = principal("ml.officer");
		Instant at = Instant.now().minus(2, ChronoUnit.HOURS);
		CaseFile caseFile = this.cases.open(me.scope(), me.stationId(),
				new CaseDetails("处罚-" + UUID.randomUUID(), CaseKind.ADMINISTRATIVE, null, "", me.officerId(), "", at,
						false, FilingTrack.STANDARD, BigDecimal.ZERO, BigDecimal.ZERO),
				actor("ml.officer"), null, null);
		this.reviews.takeOver(me.scope(), caseFile.getId(), Decision.FILING, DecisionFacts.of(""), actor("ml.officer"),
				actor("ml.supervisor"), at.plusSeconds(60));
		this.cases.advance(me.scope(), caseFile.getId(), CaseStage.INVESTIGATING, actor("ml.officer"));
		return this.cases.advance(me.scope(), caseFile.getId(), CaseStage.SOLVED, actor("ml.officer"));
	}

	@Test
	void aPunishmentDecisionCarriesItsPenaltyWithinTheStationsFineAuthority() {
		CaseFile caseFile = solvedAdministrativeCase();
		OfficerPrincipal officer = principal("ml.officer");
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/decisions")
			.with(user(officer))
			.with(csrf())
			.param("decision", "PUNISHMENT")).hasStatusOk().bodyText().contains("处罚决定须写明处罚内容");
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/decisions")
			.with(user(officer))
			.with(csrf())
			.param("decision", "PUNISHMENT")
			.param("fine", "1500")).hasStatusOk().bodyText().contains("派出所只能决定", "第109条");
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/decisions")
			.with(user(officer))
			.with(csrf())
			.param("decision", "PUNISHMENT")
			.param("warning", "true")
			.param("fine", "800")).hasStatus(HttpStatus.FOUND);
		CaseReview review = this.reviews.ofCase(officer.scope(), caseFile.getId()).get(0);
		assertThat(review.getPenalty().fine()).isEqualByComparingTo("800");
		this.reviews.approve(officer.scope(), review.getId(), actor("ml.supervisor"), null);
		CaseFile decided = this.cases.get(officer.scope(), caseFile.getId());
		assertThat(decided.getPenalty().warning()).isTrue();
		assertThat(decided.getPenalty().fine()).isEqualByComparingTo("800");
		assertThat(this.mvc.get().uri("/cases/" + caseFile.getId()).with(user(officer))).hasStatusOk()
			.bodyText()
			.contains("罚款 800 元", "治安管理处罚法（2025年修订）");
	}

	@Test
	void onlyASupervisorSwitchesACaseToTheComplexReview() {
		OfficerPrincipal officer = principal("ml.officer");
		Instant at = Instant.now().minus(1, ChronoUnit.HOURS);
		CaseFile caseFile = this.cases.open(officer.scope(), officer.stationId(),
				new CaseDetails("复杂-" + UUID.randomUUID(), CaseKind.ADMINISTRATIVE, null, "", officer.officerId(), "",
						at, false, FilingTrack.STANDARD, BigDecimal.ZERO, BigDecimal.ZERO),
				actor("ml.officer"), null, null);
		String acceptedAt = at.atZone(DeadlineEngine.ZONE).toLocalDateTime().withSecond(0).withNano(0).toString();
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId())
			.with(user(officer))
			.with(csrf())
			.param("title", caseFile.getTitle())
			.param("kind", "ADMINISTRATIVE")
			.param("leadOfficerId", officer.officerId().toString())
			.param("acceptedAt", acceptedAt)
			.param("complex", "true")
			.param("filingTrack", "STANDARD")
			.param("version", String.valueOf(caseFile.getVersion()))).hasStatusOk().bodyText().contains("须经所领导批准");
		assertThat(this.cases.get(officer.scope(), caseFile.getId()).isComplex()).isFalse();
		OfficerPrincipal supervisor = principal("ml.supervisor");
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId())
			.with(user(supervisor))
			.with(csrf())
			.param("title", caseFile.getTitle())
			.param("kind", "ADMINISTRATIVE")
			.param("leadOfficerId", officer.officerId().toString())
			.param("acceptedAt", acceptedAt)
			.param("complex", "true")
			.param("filingTrack", "STANDARD")
			.param("version", String.valueOf(caseFile.getVersion()))).hasStatus(HttpStatus.FOUND);
		CaseFile complex = this.cases.get(officer.scope(), caseFile.getId());
		assertThat(complex.isComplex()).isTrue();
		assertThat(complex.getComplexApprovedBy()).isEqualTo(supervisor.officerId());
	}

	@Test
	void refusesAPauseDatedInTheFuture() {
		CaseFile caseFile = solvedAdministrativeCase();
		Scope scope = principal("ml.officer").scope();
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/clock")
			.with(user(principal("ml.officer")))
			.with(csrf())
			.param("reason", "APPRAISAL")
			.param("day", LocalDate.now(DeadlineEngine.ZONE).plusDays(1).toString())).hasStatusOk()
			.bodyText()
			.contains("日期不能晚于今天");
		assertThat(this.cases.get(scope, caseFile.getId()).isClockPaused()).isFalse();
	}

}
