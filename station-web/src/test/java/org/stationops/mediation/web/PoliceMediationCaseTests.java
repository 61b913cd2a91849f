package org.stationops.mediation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stationops.cases.CaseActor;
import org.stationops.cases.CaseDetails;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseKind;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.CaseService;
import org.stationops.cases.Decision;
import org.stationops.cases.DecisionFacts;
import org.stationops.cases.CaseStage;
import org.stationops.cases.DeadlineEngine;
import org.stationops.cases.FilingTrack;
import org.stationops.mediation.Agreement;
import org.stationops.mediation.Dispute;
import org.stationops.mediation.DisputeDetails;
import org.stationops.mediation.DisputeKind;
import org.stationops.mediation.DisputeFiles;
import org.stationops.mediation.DisputeService;
import org.stationops.mediation.DisputeSource;
import org.stationops.mediation.FollowUp;
import org.stationops.mediation.MediationService;
import org.stationops.mediation.PartyDetails;
import org.stationops.mediation.PartyRole;
import org.stationops.mediation.PartyType;
import org.stationops.mediation.PoliceMediationRules;
import org.stationops.mediation.Referral;
import org.stationops.mediation.RiskGrade;
import org.stationops.mediation.Satisfaction;
import org.stationops.mediation.SessionMode;
import org.stationops.mediation.WorkingDayCalendar;
import org.stationops.officers.OfficerService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 治安调解 against the real cases feature: the linked case's clock pauses while mediation
 * lasts, restarts on the day it fails, and the case closes without punishment once the
 * agreement is performed.
 */
@StationWebTest
class PoliceMediationCaseTests {

	@Autowired
	CaseService cases;

	@Autowired
	CaseReviewService caseReviews;

	@Autowired
	DisputeService disputes;

	@Autowired
	DisputeFiles files;

	@Autowired
	MediationService mediation;

	@Autowired
	StationService stations;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	OfficerService officers;

	@Autowired
	org.springframework.test.web.servlet.assertj.MockMvcTester mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	final LocalDate registered = LocalDate.now(DeadlineEngine.ZONE).minusDays(6);

	Long station() {
		return this.stations.getByCode("ML").getId();
	}

	Long officer() {
		return this.officers.findByUsername("ml.officer").orElseThrow().getId();
	}

	Scope scope() {
		return Scope.station(station());
	}

	CaseFile filedCase(CaseKind kind) {
		var at = this.registered.minusDays(1).atTime(10, 0).atZone(DeadlineEngine.ZONE).toInstant();
		CaseDetails details = new CaseDetails("邻里推搡-" + UUID.randomUUID(), kind, "PUBLIC_ORDER.FIGHT", "", officer(),
				"", at, false, FilingTrack.STANDARD, BigDecimal.ZERO, BigDecimal.ZERO);
		CaseFile caseFile = this.cases.open(scope(), station(), details, CaseActor.system(), null, null);
		CaseActor supervisor = new CaseActor(this.officers.findByUsername("ml.supervisor").orElseThrow().getId(), "所长");
		this.caseReviews.takeOver(scope(), caseFile.getId(), Decision.FILING, DecisionFacts.of(""),
				new CaseActor(officer(), "民警"), supervisor, at);
		return this.cases.get(scope(), caseFile.getId());
	}

	Dispute policeMediation(CaseFile caseFile) {
		Dispute d = this.disputes.register(scope(), station(),
				new DisputeDetails(DisputeKind.POLICE, DisputeSource.INCIDENT, "NEIGHBOUR", "邻里推搡治安调解", "", "", null, 2,
						RiskGrade.BLUE, false, "", null, caseFile.getId(), "ASSAULT", "TRIVIAL_MATTERS",
						this.registered),
				List.of(), officer());
		this.disputes.addParty(scope(), d.getId(), version(d),
				new PartyDetails(PartyType.PERSON, PartyRole.APPLICANT, "王五", "", "11010519491231002X", "", ""));
		this.disputes.addParty(scope(), d.getId(), version(d),
				new PartyDetails(PartyType.PERSON, PartyRole.RESPONDENT, "赵六", "", "440524188001010014", "", ""));
		this.disputes.addMediator(scope(), d.getId(), version(d), officer(), null);
		this.mediation.recordSession(scope(), d.getId(), version(d), this.registered.plusDays(1), SessionMode.IN_PERSON,
				"调解室", "王五、赵六", "双方同意调解", officer());
		return d;
	}

	@Test
	void countsTheFirstSessionLimitFromTheLinkedCasesAcceptance() {
		CaseFile caseFile = filedCase(CaseKind.ADMINISTRATIVE);
		Dispute d = this.disputes.register(scope(), station(),
				new DisputeDetails(DisputeKind.POLICE, DisputeSource.INCIDENT, "NEIGHBOUR", "受理起算-" + UUID.randomUUID(),
						"", "", null, 2, RiskGrade.BLUE, false, "", null, caseFile.getId(), "ASSAULT",
						"TRIVIAL_MATTERS", this.registered),
				List.of(), officer());
		LocalDate acceptedOn = this.registered.minusDays(1);
		assertThat(this.files.file(scope(), d.getId()).nextSessionDeadline())
			.isEqualTo(PoliceMediationRules.firstSessionDeadline(acceptedOn, this.calendar));
	}

	long version(Dispute d) {
		return this.disputes.get(scope(), d.getId()).getVersion();
	}

	@Test
	void pausesTheCaseClockWhileMediationLasts() {
		CaseFile caseFile = filedCase(CaseKind.ADMINISTRATIVE);
		policeMediation(caseFile);
		assertThat(this.cases.get(scope(), caseFile.getId()).isClockPaused()).isTrue();
	}

	@Test
	void closesTheRealCaseWithoutPunishmentOnceTheAgreementIsPerformed() {
		CaseFile caseFile = filedCase(CaseKind.ADMINISTRATIVE);
		Dispute d = policeMediation(caseFile);
		this.mediation.recordAgreement(scope(), d.getId(), version(d), new Agreement(this.registered.plusDays(1),
				"因琐事推搡", "双方均有过错", "赵六赔偿王五医药费 300 元", null, "当场支付", this.registered.plusDays(2)));
		FollowUp followUp = this.files.file(scope(), d.getId()).followUps().get(0);
		this.mediation.completeFollowUp(scope(), d.getId(), version(d), followUp.getId(), this.registered.plusDays(3),
				true, "已赔付", Satisfaction.SATISFIED, officer());
		CaseFile closed = this.cases.get(scope(), caseFile.getId());
		assertThat(closed.getStage()).isEqualTo(CaseStage.CLOSED);
	}

	@Test
	void restartsTheRealCaseClockOnTheDayMediationFails() {
		CaseFile caseFile = filedCase(CaseKind.ADMINISTRATIVE);
		Dispute d = policeMediation(caseFile);
		LocalDate failed = this.registered.plusDays(2);
		this.mediation.recordFailure(scope(), d.getId(), version(d), failed, "赔偿数额分歧", Referral.CASE_CONTINUES);
		CaseFile goesOn = this.cases.get(scope(), caseFile.getId());
		assertThat(goesOn.getClockStartedOn()).isEqualTo(failed);
		assertThat(goesOn.isClockPaused()).isFalse();
		assertThat(goesOn.getStage()).isEqualTo(CaseStage.FILED);
	}

	@Test
	void restartsTheRealCaseClockTheDayAfterThePerformanceDeadlineWhenTheAgreementIsNotPerformed() {
		CaseFile caseFile = filedCase(CaseKind.ADMINISTRATIVE);
		Dispute d = policeMediation(caseFile);
		this.mediation.recordAgreement(scope(), d.getId(), version(d), new Agreement(this.registered.plusDays(1),
				"因琐事推搡", "双方均有过错", "赵六赔偿王五医药费 300 元", null, "三日内转账", this.registered.plusDays(2)));
		FollowUp followUp = this.files.file(scope(), d.getId()).followUps().get(0);
		LocalDate found = this.registered.plusDays(4);
		this.mediation.completeFollowUp(scope(), d.getId(), version(d), followUp.getId(), found, false, "未赔付",
				Satisfaction.DISSATISFIED, officer());
		CaseFile goesOn = this.cases.get(scope(), caseFile.getId());
		assertThat(goesOn.getClockStartedOn()).isEqualTo(this.registered.plusDays(3));
		assertThat(goesOn.isClockPaused()).isFalse();
	}

	@Test
	void printsThePoliceAgreementOfTheDemoCaseThatClosedWithoutPunishment() throws Exception {
		Dispute demo = this.disputes.list(Scope.bureau(), null, org.springframework.data.domain.PageRequest.of(0, 500))
			.stream()
			.filter(d -> d.getTitle().equals("餐馆门口口角推搡、损坏手机纠纷"))
			.findFirst()
			.orElseThrow();
		assertThat(this.cases.get(scope(), demo.getCaseId()).getStage()).isEqualTo(CaseStage.CLOSED);
		var result = this.mvc.get()
			.uri("/mediation/" + demo.getId() + "/agreement.pdf")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(this.users.loadUserByUsername("ml.officer")))
			.exchange();
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
			assertThat(text)
				.contains("治安调解协议书", "梅陇派出所", "钱伟", "孔亮", "手机维修费650元", "不再处罚", "当事人（签名/盖章/按指印）：钱伟", "当事人（签名/盖章/按指印）：孔亮",
						"调解员（签名）：张伟")
				.doesNotContain("司法确认");
		}
	}

	@Test
	void refusesPoliceMediationOfACriminalCase() {
		CaseFile criminal = filedCase(CaseKind.CRIMINAL);
		assertThatThrownBy(() -> this.disputes.register(scope(), station(),
				new DisputeDetails(DisputeKind.POLICE, DisputeSource.INCIDENT, "NEIGHBOUR", "刑事案件不可调解", "", "", null, 2,
						RiskGrade.BLUE, false, "", null, criminal.getId(), "ASSAULT", "TRIVIAL_MATTERS",
						this.registered),
				List.of(), officer()))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("code", "mediation.police.caseNotMediable");
	}

}
