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
import org.stationops.cases.ReviewStatus;
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

@StationWebTest
class ReviewWebTests {

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

	CaseFile open(CaseKind kind) {
		OfficerPrincipal me = principal("ml.officer");
		CaseDetails details = new CaseDetails("审核-" + UUID.randomUUID(), kind, null, "", me.officerId(), "",
				Instant.now().minus(2, ChronoUnit.HOURS), false, FilingTrack.STANDARD, BigDecimal.ZERO,
				BigDecimal.ZERO);
		return this.cases.open(me.scope(), me.stationId(), details, new CaseActor(me.officerId(), me.displayName()),
				null, null);
	}

	CaseReview submitFiling(CaseFile caseFile) {
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/decisions")
			.with(user(principal("ml.officer")))
			.with(csrf())
			.param("decision", "FILING")
			.param("note", "有犯罪事实")).hasStatus(HttpStatus.FOUND);
		return this.reviews.ofCase(Scope.bureau(), caseFile.getId()).get(0);
	}

	@Test
	void aSubmittedFilingTakesEffectOnlyWhenTheSupervisorApproves() {
		CaseFile caseFile = open(CaseKind.ADMINISTRATIVE);
		CaseReview review = submitFiling(caseFile);
		assertThat(this.cases.get(Scope.bureau(), caseFile.getId()).getStage()).isEqualTo(CaseStage.ACCEPTED);
		assertThat(this.mvc.get().uri("/supervision").with(user(principal("ml.supervisor")))).hasStatusOk()
			.bodyText()
			.contains(caseFile.getCaseNumber());
		assertThat(this.mvc.post()
			.uri("/supervision/reviews/" + review.getId() + "/approve")
			.with(user(principal("ml.supervisor")))
			.with(csrf())
			.param("publicNote", "已立案调查")).hasStatus(HttpStatus.FOUND);
		CaseFile filed = this.cases.get(Scope.bureau(), caseFile.getId());
		assertThat(filed.getStage()).isEqualTo(CaseStage.FILED);
		assertThat(filed.getClockStartedOn()).isNotNull();
		assertThat(this.cases.timeline(Scope.bureau(), caseFile.getId()))
			.anySatisfy(e -> assertThat(e.getPublicNote()).isEqualTo("已立案调查"));
	}

	@Test
	void onlyAStationSupervisorMayApprove() {
		CaseReview review = submitFiling(open(CaseKind.CRIMINAL));
		assertThat(this.mvc.post()
			.uri("/supervision/reviews/" + review.getId() + "/approve")
			.with(user(principal("ml.duty")))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/supervision/reviews/" + review.getId() + "/approve")
			.with(user(principal("ds.supervisor")))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.reviews.review(Scope.bureau(), review.getId()).getStatus()).isEqualTo(ReviewStatus.PENDING);
	}

	@Test
	void aReturnNeedsAReasonAndTheOfficerSeesIt() {
		CaseFile caseFile = open(CaseKind.CRIMINAL);
		CaseReview review = submitFiling(caseFile);
		assertThat(this.mvc.post()
			.uri("/supervision/reviews/" + review.getId() + "/return")
			.with(user(principal("ml.supervisor")))
			.with(csrf())
			.param("reasonCode", "")
			.param("comment", "")).hasStatusOk().bodyText().contains("必填");
		assertThat(this.mvc.post()
			.uri("/supervision/reviews/" + review.getId() + "/return")
			.with(user(principal("ml.supervisor")))
			.with(csrf())
			.param("reasonCode", "EVIDENCE_INSUFFICIENT")
			.param("comment", "补充被害人笔录")).hasStatus(HttpStatus.FOUND);
		assertThat(this.reviews.review(Scope.bureau(), review.getId()).getStatus()).isEqualTo(ReviewStatus.RETURNED);
		assertThat(this.mvc.get().uri("/supervision").with(user(principal("ml.officer")))).hasStatusOk()
			.bodyText()
			.contains("补充被害人笔录", "证据不足");
		assertThat(this.cases.get(Scope.bureau(), caseFile.getId()).getStage()).isEqualTo(CaseStage.ACCEPTED);
		CaseReview second = submitFiling(caseFile);
		assertThat(second.getAttempt()).isEqualTo(2);
	}

	@Test
	void aSecondDecisionWaitsForTheFirstToBeReviewed() {
		CaseFile caseFile = open(CaseKind.CRIMINAL);
		submitFiling(caseFile);
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/decisions")
			.with(user(principal("ml.officer")))
			.with(csrf())
			.param("decision", "NOT_FILING")).hasStatusOk().bodyText().contains("已有待审核的决定");
	}

	@Test
	void anExtensionNeedsTheApprovalOfTheLevelAboveAndStopsAtTwo() {
		CaseFile caseFile = open(CaseKind.ADMINISTRATIVE);
		OfficerPrincipal officer = principal("ml.officer");
		OfficerPrincipal supervisor = principal("ml.supervisor");
		CaseActor me = new CaseActor(officer.officerId(), officer.displayName());
		CaseActor boss = new CaseActor(supervisor.officerId(), supervisor.displayName());
		Scope scope = officer.scope();
		this.reviews.approve(scope, this.reviews.submit(scope, caseFile.getId(), Decision.FILING, "", "", me).getId(),
				boss, null);
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/decisions")
			.with(user(officer))
			.with(csrf())
			.param("decision", "EXTENSION")
			.param("approvalReference", "")).hasStatusOk().bodyText().contains("上一级公安机关的批准文书");
		var before = this.cases.get(scope, caseFile.getId()).getDeadlineAt();
		for (int i = 1; i <= 2; i++) {
			this.reviews.approve(scope,
					this.reviews
						.submit(scope, caseFile.getId(), Decision.EXTENSION,
								DecisionFacts.extension("", "批准文书" + i, LocalDate.now(DeadlineEngine.ZONE)), me)
						.getId(),
					boss, null);
		}
		assertThat(this.cases.get(scope, caseFile.getId()).getDeadlineAt()).isAfter(before.plus(55, ChronoUnit.DAYS));
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/decisions")
			.with(user(officer))
			.with(csrf())
			.param("decision", "EXTENSION")
			.param("approvalReference", "第三次")).hasStatusOk().bodyText().contains("延长以 2 次为限");
	}

	@Test
	void reportsFirstPassApprovalPerOfficer() {
		assertThat(this.mvc.get().uri("/supervision").with(user(principal("ml.supervisor")))).hasStatusOk()
			.bodyText()
			.contains("一次审核通过率", "李娜");
	}

	@Test
	void bureauSupervisorsSeeEveryStationButCannotApprove() {
		assertThat(this.mvc.get().uri("/supervision").with(user(principal("bureau")))).hasStatusOk()
			.bodyText()
			.contains("梅陇派出所", "岱山派出所");
		CaseReview review = submitFiling(open(CaseKind.CRIMINAL));
		assertThat(this.mvc.post()
			.uri("/supervision/reviews/" + review.getId() + "/approve")
			.with(user(principal("bureau")))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
	}

}
