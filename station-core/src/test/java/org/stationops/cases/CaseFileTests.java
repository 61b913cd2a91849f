package org.stationops.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.stationops.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stationops.cases.CaseFixtures.FILED_AT;
import static org.stationops.cases.CaseFixtures.FILED_ON;
import static org.stationops.cases.CaseFixtures.TODAY;
import static org.stationops.cases.CaseFixtures.WARNING;

/**
 * The case's guarded verbs: each refuses an illegal move with the message the officer
 * reads.
 */
class CaseFileTests {

	private static DecisionFacts facts(Decision decision) {
		return (decision == Decision.PUNISHMENT) ? DecisionFacts.punishment("", WARNING, false) : DecisionFacts.of("");
	}

	private static void refused(Runnable verb, String code) {
		assertThatThrownBy(verb::run).isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).getCode())
			.isEqualTo(code);
	}

	// recordOffenceDate

	@Test
	void showsTheSixMonthLimitationFromTheOffenceDateOfAnAdministrativeCase() {
		CaseFile caseFile = CaseFixtures.acceptedCase(CaseKind.ADMINISTRATIVE);
		assertThat(caseFile.getLimitationLastDay()).isNull();
		caseFile.recordOffenceDate(LocalDate.of(2026, 8, 31), TODAY);
		// 2025 第25条: 6 months, not moved past rest days; 31 August + 6 months = 28
		// February
		assertThat(caseFile.getLimitationLastDay()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(caseFile.isBeyondLimitation()).isFalse();
	}

	@Test
	void marksACaseAcceptedAfterItsLimitationRanOut() {
		CaseFile caseFile = CaseFixtures.acceptedCase(CaseKind.ADMINISTRATIVE);
		caseFile.recordOffenceDate(LocalDate.of(2026, 5, 1), TODAY);
		assertThat(caseFile.getLimitationLastDay()).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(caseFile.isBeyondLimitation()).isTrue();
	}

	@Test
	void refusesAnOffenceDateInTheFuture() {
		CaseFile caseFile = CaseFixtures.acceptedCase(CaseKind.ADMINISTRATIVE);
		refused(() -> caseFile.recordOffenceDate(TODAY.plusDays(1), TODAY), "cases.error.dayInFuture");
		assertThat(caseFile.getOffenceDate()).isNull();
	}

	@Test
	void showsNoAdministrativeLimitationOnACriminalCase() {
		CaseFile caseFile = CaseFixtures.acceptedCase(CaseKind.CRIMINAL);
		caseFile.recordOffenceDate(LocalDate.of(2026, 10, 1), TODAY);
		assertThat(caseFile.getLimitationLastDay()).isNull();
	}

	// advanceTo

	@Test
	void advancesAFiledCaseToInvestigationAndReportsTheStageItLeft() {
		CaseFile caseFile = CaseFixtures.filedCase();
		assertThat(caseFile.advanceTo(CaseStage.INVESTIGATING, FILED_AT.plusSeconds(60))).isEqualTo(CaseStage.FILED);
		assertThat(caseFile.getStage()).isEqualTo(CaseStage.INVESTIGATING);
	}

	@Test
	void refusesToAdvanceToAStageThatNeedsReview() {
		CaseFile caseFile = CaseFixtures.investigatingCase();
		refused(() -> caseFile.advanceTo(CaseStage.WITHDRAWN, FILED_AT), "cases.error.needsReview");
		assertThat(caseFile.getStage()).isEqualTo(CaseStage.INVESTIGATING);
	}

	@Test
	void refusesToSkipAStage() {
		refused(() -> CaseFixtures.acceptedCase().advanceTo(CaseStage.INVESTIGATING, FILED_AT),
				"cases.error.illegalTransition");
		refused(() -> CaseFixtures.filedCase().advanceTo(CaseStage.SOLVED, FILED_AT), "cases.error.illegalTransition");
	}

	// submitForReview and the decision's outcome

	@Test
	void approvedFilingStartsTheClockOnTheDayOfFiling() {
		CaseFile caseFile = CaseFixtures.filedCase();
		assertThat(caseFile.getStage()).isEqualTo(CaseStage.FILED);
		assertThat(caseFile.getFiledOn()).isEqualTo(FILED_ON);
		assertThat(caseFile.getClockStartedOn()).isEqualTo(FILED_ON);
		assertThat(caseFile.isReviewPending()).isFalse();
	}

	@Test
	void refusesASecondDecisionWhileOneIsPending() {
		CaseFile caseFile = CaseFixtures.caseAwaitingReview();
		refused(() -> caseFile.submitForReview(Decision.EXTENSION, DecisionFacts.extension("", "延字第1号", FILED_ON),
				FILED_AT), "cases.review.alreadyPending");
	}

	@Test
	void aReturnedDecisionFreesTheCaseForTheNextOne() {
		CaseFile caseFile = CaseFixtures.caseAwaitingReview();
		caseFile.decisionReturned();
		caseFile.submitForReview(Decision.WITHDRAWAL, DecisionFacts.of(""), FILED_AT);
		assertThat(caseFile.isReviewPending()).isTrue();
	}

	@ParameterizedTest(name = "{0} case in {1}: {2} possible: {3}")
	@CsvSource({ "ADMINISTRATIVE, ACCEPTED, FILING, true", "ADMINISTRATIVE, ACCEPTED, CLOSURE, false",
			"ADMINISTRATIVE, SOLVED, PUNISHMENT, true", "CRIMINAL, SOLVED, PUNISHMENT, false",
			"CRIMINAL, SOLVED, PROSECUTION_TRANSFER, true", "ADMINISTRATIVE, SOLVED, PROSECUTION_TRANSFER, false",
			"ADMINISTRATIVE, INVESTIGATING, WITHDRAWAL, true", "ADMINISTRATIVE, ACCEPTED, WITHDRAWAL, false" })
	void submitsOnlyDecisionsTheStageMachineAllows(CaseKind kind, CaseStage stage, Decision decision,
			boolean possible) {
		CaseFile caseFile = switch (stage) {
			case ACCEPTED -> CaseFixtures.acceptedCase(kind);
			case INVESTIGATING -> CaseFixtures.investigatingCase();
			case SOLVED -> CaseFixtures.solvedCase(kind);
			default -> throw new IllegalArgumentException(stage.name());
		};
		if (possible) {
			caseFile.submitForReview(decision, facts(decision), FILED_AT);
			assertThat(caseFile.isReviewPending()).isTrue();
		}
		else {
			refused(() -> caseFile.submitForReview(decision, facts(decision), FILED_AT),
					"cases.error.illegalTransition");
			assertThat(caseFile.isReviewPending()).isFalse();
		}
	}

	@Test
	void closingRecordsWhenTheCaseWasClosed() {
		CaseFile caseFile = CaseFixtures.closedCase();
		assertThat(caseFile.getStage()).isEqualTo(CaseStage.CLOSED);
		assertThat(caseFile.getClosedAt()).isEqualTo(FILED_AT.plusSeconds(2 * 86400));
	}

	// extend

	@Test
	void refusesAnExtensionWithoutTheApprovalOfTheLevelAbove() {
		RuleViolationException ex = org.junit.jupiter.api.Assertions.assertThrows(RuleViolationException.class,
				() -> CaseFixtures.investigatingCase()
					.submitForReview(Decision.EXTENSION, DecisionFacts.extension("", " ", FILED_ON), FILED_AT));
		assertThat(ex.getCode()).isEqualTo("cases.extension.approvalRequired");
		assertThat(ex.getField()).isEqualTo("approvalReference");
	}

	@Test
	void refusesAnExtensionForACaseWithoutAClock() {
		refused(() -> CaseFixtures.acceptedCase()
			.submitForReview(Decision.EXTENSION, DecisionFacts.extension("", "延字第1号", FILED_ON), FILED_AT),
				"cases.error.noClock");
		refused(() -> CaseFixtures.filedCase(CaseKind.CRIMINAL)
			.submitForReview(Decision.EXTENSION, DecisionFacts.extension("", "延字第1号", FILED_ON), FILED_AT),
				"cases.error.noClock");
		refused(() -> CaseFixtures.closedCase()
			.submitForReview(Decision.EXTENSION, DecisionFacts.extension("", "延字第1号", FILED_ON), FILED_AT),
				"cases.error.noClock");
	}

	@Test
	void grantsAtMostTwoExtensions() {
		CaseFile caseFile = CaseFixtures.twiceExtendedCase();
		assertThat(caseFile.getExtensions()).extracting(CaseExtension::getApprovalReference)
			.containsExactly("延字第1号", "延字第2号");
		assertThat(caseFile.clockFacts().extensions()).isEqualTo(2);
		refused(() -> caseFile.submitForReview(Decision.EXTENSION, DecisionFacts.extension("", "延字第3号", FILED_ON),
				FILED_AT), "cases.extension.tooMany");
		refused(() -> caseFile.extend("延字第3号", FILED_ON, FILED_AT), "cases.extension.tooMany");
	}

	// pauseClock and resumeClock

	@Test
	void pausesAndResumesTheClock() {
		CaseFile caseFile = CaseFixtures.pausedCase(PauseReason.APPRAISAL);
		assertThat(caseFile.clockFacts().pauses()).singleElement().satisfies(p -> assertThat(p.to()).isNull());
		ClockPause pause = caseFile.resumeClock(FILED_ON.plusDays(8), TODAY);
		assertThat(pause.getReason()).isEqualTo(PauseReason.APPRAISAL);
		assertThat(caseFile.clockFacts().pauses()).singleElement()
			.satisfies(p -> assertThat(p.to()).isEqualTo(FILED_ON.plusDays(8)));
	}

	@Test
	void keepsOnlyOnePauseOpen() {
		CaseFile caseFile = CaseFixtures.pausedCase(PauseReason.HEARING);
		refused(() -> caseFile.pauseClock(PauseReason.APPRAISAL, FILED_ON.plusDays(4), TODAY),
				"cases.error.alreadyPaused");
		assertThat(caseFile.getPauses()).hasSize(1);
	}

	@Test
	void refusesAPauseBeforeTheClockStarted() {
		RuleViolationException ex = org.junit.jupiter.api.Assertions.assertThrows(RuleViolationException.class,
				() -> CaseFixtures.investigatingCase().pauseClock(PauseReason.APPRAISAL, FILED_ON.minusDays(1), TODAY));
		assertThat(ex.getCode()).isEqualTo("cases.error.pauseBeforeStart");
		assertThat(ex.getField()).isEqualTo("day");
	}

	@Test
	void refusesAPauseWithoutAClock() {
		refused(() -> CaseFixtures.acceptedCase().pauseClock(PauseReason.APPRAISAL, FILED_ON, TODAY),
				"cases.error.noClock");
		refused(() -> CaseFixtures.filedCase(CaseKind.CRIMINAL).pauseClock(PauseReason.APPRAISAL, FILED_ON, TODAY),
				"cases.error.noClock");
		refused(() -> CaseFixtures.closedCase().pauseClock(PauseReason.APPRAISAL, FILED_ON, TODAY),
				"cases.error.noClock");
	}

	@Test
	void refusesToResumeAClockThatRuns() {
		refused(() -> CaseFixtures.investigatingCase().resumeClock(FILED_ON, TODAY), "cases.error.notPaused");
	}

	@Test
	void refusesToResumeBeforeThePauseBegan() {
		CaseFile caseFile = CaseFixtures.pausedCase(PauseReason.APPRAISAL);
		refused(() -> caseFile.resumeClock(FILED_ON.plusDays(2), TODAY), "cases.error.resumeBeforePause");
	}

	// mediation

	@Test
	void failedMediationEndsThePauseAndRestartsTheClock() {
		CaseFile caseFile = CaseFixtures.pausedCase(PauseReason.MEDIATION);
		LocalDate failed = FILED_ON.plusDays(10);
		caseFile.mediationFailed(failed);
		assertThat(caseFile.getClockStartedOn()).isEqualTo(failed);
		assertThat(caseFile.getPauses()).noneMatch(ClockPause::isOpen);
	}

	@Test
	void refusesMediationHooksForACriminalOrClosedCase() {
		refused(() -> CaseFixtures.filedCase(CaseKind.CRIMINAL).mediationFailed(FILED_ON), "cases.error.notMediable");
		refused(() -> CaseFixtures.closedCase().mediationFailed(FILED_ON), "cases.error.notMediable");
	}

	@Test
	void closesAfterAPerformedAgreement() {
		CaseFile caseFile = CaseFixtures.pausedCase(PauseReason.MEDIATION);
		assertThat(caseFile.closeAfterMediation(FILED_ON.plusDays(6), FILED_AT.plusSeconds(6 * 86400)))
			.isEqualTo(CaseStage.INVESTIGATING);
		assertThat(caseFile.getStage()).isEqualTo(CaseStage.CLOSED);
		assertThat(caseFile.getPauses()).singleElement()
			.satisfies(p -> assertThat(p.getEndedOn()).isEqualTo(FILED_ON.plusDays(6)));
	}

	@Test
	void refusesToCloseAfterMediationBeforeFilingOrAfterAPunishment() {
		refused(() -> CaseFixtures.acceptedCase().closeAfterMediation(FILED_ON, FILED_AT), "cases.error.notMediable");
		refused(() -> CaseFixtures.punishmentDecidedCase().closeAfterMediation(FILED_ON, FILED_AT),
				"cases.error.notMediable");
		refused(() -> CaseFixtures.solvedCase(CaseKind.CRIMINAL).closeAfterMediation(FILED_ON, FILED_AT),
				"cases.error.notMediable");
	}

	// edit

	@Test
	void editReportsTheFieldsThatChanged() {
		CaseFile caseFile = CaseFixtures.acceptedCase();
		CaseDetails before = caseFile.details();
		CaseDetails after = new CaseDetails("新名称", before.kind(), before.categoryCode(), before.summary(),
				before.leadOfficerId(), before.team(), before.acceptedAt(), before.complex(), before.filingTrack(),
				new BigDecimal("100.00"), before.recoveredAmount());
		List<String> changed = caseFile.edit(caseFile.getVersion(), after);
		assertThat(changed).containsExactlyInAnyOrder("title", "lossAmount");
		assertThat(caseFile.getTitle()).isEqualTo("新名称");
	}

	@Test
	void refusesAnEditOverAStaleVersion() {
		CaseFile caseFile = CaseFixtures.acceptedCase();
		assertThatThrownBy(() -> caseFile.edit(caseFile.getVersion() + 1, caseFile.details()))
			.isInstanceOf(CaseChangedException.class);
	}

	@Test
	void refusesToEditAClosedCase() {
		CaseFile caseFile = CaseFixtures.closedCase();
		refused(() -> caseFile.edit(caseFile.getVersion(), caseFile.details()), "cases.error.closed");
	}

	@ParameterizedTest
	@EnumSource(value = CaseKind.class)
	void fixesTheKindOnceFiled(CaseKind kind) {
		CaseFile caseFile = CaseFixtures.filedCase(kind);
		CaseKind other = (kind == CaseKind.CRIMINAL) ? CaseKind.ADMINISTRATIVE : CaseKind.CRIMINAL;
		CaseDetails d = caseFile.details();
		CaseDetails changed = new CaseDetails(d.title(), other, d.categoryCode(), d.summary(), d.leadOfficerId(),
				d.team(), d.acceptedAt(), d.complex(), d.filingTrack(), d.lossAmount(), d.recoveredAmount());
		refused(() -> caseFile.edit(caseFile.getVersion(), changed), "cases.error.kindFixed");
	}

	// what the case page offers

	@Test
	void offersTheMovesAndDecisionsOfItsStage() {
		CaseFile solved = CaseFixtures.solvedCase(CaseKind.ADMINISTRATIVE);
		assertThat(solved.possibleAdvances()).isEmpty();
		assertThat(solved.possibleDecisions()).containsExactlyInAnyOrder(Decision.PUNISHMENT, Decision.WITHDRAWAL,
				Decision.EXTENSION);
		assertThat(CaseFixtures.filedCase().possibleAdvances()).containsExactly(CaseStage.INVESTIGATING);
		assertThat(CaseFixtures.acceptedCase().possibleDecisions()).containsExactlyInAnyOrder(Decision.FILING,
				Decision.NOT_FILING);
	}

	// issue 9: dates never in the future

	@Test
	void refusesAPauseOrResumptionDatedInTheFuture() {
		RuleViolationException ex = org.junit.jupiter.api.Assertions.assertThrows(RuleViolationException.class,
				() -> CaseFixtures.investigatingCase().pauseClock(PauseReason.APPRAISAL, TODAY.plusDays(1), TODAY));
		assertThat(ex.getCode()).isEqualTo("cases.error.dayInFuture");
		assertThat(ex.getField()).isEqualTo("day");
		CaseFile paused = CaseFixtures.pausedCase(PauseReason.HEARING);
		refused(() -> paused.resumeClock(TODAY.plusDays(1), TODAY), "cases.error.dayInFuture");
		assertThat(paused.resumeClock(TODAY, TODAY).getEndedOn()).isEqualTo(TODAY);
	}

	// issue 9: extension approval and late applications

	@ParameterizedTest(name = "approved on {0}, applied at {1}: {2}")
	@CsvSource({ "2026-11-20, 2026-11-25T10:00, ", "2026-12-02, 2026-12-02T23:00, ",
			"2026-11-26, 2026-11-25T10:00, cases.error.dayInFuture",
			", 2026-11-25T10:00, cases.extension.approvalDateRequired",
			"2026-12-02, 2026-12-03T08:00, cases.extension.late",
			"2026-11-20, 2026-12-10T08:00, cases.extension.late" })
	void extensionNeedsADatedApprovalAndATimelyApplication(LocalDate approvedOn, String appliedAt, String refusal) {
		CaseFile caseFile = CaseFixtures.investigatingCaseWithDeadline();
		assertThat(caseFile.getDeadlineAt()).isEqualTo(CaseFixtures.at("2026-12-03T00:00"));
		Runnable submit = () -> caseFile.submitForReview(Decision.EXTENSION,
				new DecisionFacts("", "闵公（法）延字〔2026〕第1号", approvedOn, Penalty.NONE, false), CaseFixtures.at(appliedAt));
		if (refusal == null) {
			submit.run();
			CaseExtension extension = caseFile.extend("闵公（法）延字〔2026〕第1号", approvedOn, CaseFixtures.at(appliedAt));
			assertThat(extension.getApprovedOn()).isEqualTo(approvedOn);
			assertThat(extension.getApprovalReference()).isEqualTo("闵公（法）延字〔2026〕第1号");
		}
		else {
			refused(submit, refusal);
			assertThat(caseFile.isReviewPending()).isFalse();
		}
	}

	// issue 9: restart after an unperformed agreement

	@Test
	void anUnperformedAgreementRestartsTheClockTheDayAfterItsPerformanceDeadline() {
		CaseFile caseFile = CaseFixtures.pausedCase(PauseReason.MEDIATION);
		caseFile.agreementNotPerformed(LocalDate.of(2026, 11, 20));
		assertThat(caseFile.getClockStartedOn()).isEqualTo(LocalDate.of(2026, 11, 21));
		assertThat(caseFile.getPauses()).singleElement()
			.satisfies(p -> assertThat(p.getEndedOn()).isEqualTo(LocalDate.of(2026, 11, 21)));
	}

	// issue 9: complex review and the 30-day track need a supervisor's approval

	@ParameterizedTest(name = "complex {0}, track {1}, supervisor {2}: {3}")
	@CsvSource({ "true, STANDARD, , complex", "false, MAJOR_COMPLEX, , filingTrack", "true, STANDARD, 9, ",
			"false, MAJOR_COMPLEX, 9, ", "false, NEEDS_VERIFICATION, , " })
	void switchingToTheComplexReviewOrTheLongTrackNeedsASupervisor(boolean complex, FilingTrack track, Long supervisor,
			String refusedField) {
		CaseFile caseFile = CaseFixtures.acceptedCase(CaseKind.CRIMINAL);
		CaseDetails d = caseFile.details();
		CaseDetails switched = new CaseDetails(d.title(), d.kind(), null, d.summary(), d.leadOfficerId(), d.team(),
				d.acceptedAt(), complex, track, d.lossAmount(), d.recoveredAmount());
		if (refusedField != null) {
			RuleViolationException ex = org.junit.jupiter.api.Assertions.assertThrows(RuleViolationException.class,
					() -> caseFile.edit(caseFile.getVersion(), switched, null, FILED_AT));
			assertThat(ex.getCode()).isEqualTo("cases.error.supervisorApprovalRequired");
			assertThat(ex.getField()).isEqualTo(refusedField);
			assertThat(caseFile.isComplex()).isFalse();
			assertThat(caseFile.getFilingTrack()).isEqualTo(FilingTrack.STANDARD);
		}
		else {
			caseFile.edit(caseFile.getVersion(), switched, supervisor, FILED_AT);
			assertThat(caseFile.getFilingTrack()).isEqualTo(track);
			assertThat(caseFile.getComplexApprovedBy()).isEqualTo(complex ? supervisor : null);
			assertThat(caseFile.getTrackApprovedBy())
				.isEqualTo((track == FilingTrack.MAJOR_COMPLEX) ? supervisor : null);
		}
	}

	@Test
	void opensAComplexCaseOnlyWithASupervisorsApproval() {
		CaseDetails d = CaseFixtures.details(CaseKind.ADMINISTRATIVE);
		CaseDetails complex = new CaseDetails(d.title(), d.kind(), null, "", 7L, "", d.acceptedAt(), true,
				FilingTrack.STANDARD, BigDecimal.ZERO, BigDecimal.ZERO);
		refused(() -> new CaseFile(1L, "Z1", complex, null, null, FILED_AT, null),
				"cases.error.supervisorApprovalRequired");
		assertThat(new CaseFile(1L, "Z1", complex, null, null, FILED_AT, 9L).getComplexApprovedAt())
			.isEqualTo(FILED_AT);
	}

	// issue 9: the punishment decision carries its penalty, within the law of its day

	@ParameterizedTest(
			name = "accepted {0}: warning {1}, fine {2}, days {3}, licence {4}, suspension {5}, notice {6} -> {7}")
	@CsvSource({
			// 2012 law (accepted until 2025-12-31): 派出所 fines up to 500 (第91条), 听证 for
			// licence (第98条)
			"2025-12-20T10:00, true, , , false, false, false, ",
			"2025-12-20T10:00, false, 500, , false, false, false, ",
			"2025-12-20T10:00, false, 600, , false, false, false, cases.penalty.fineAboveAuthority",
			"2025-12-20T10:00, false, , , true, false, false, cases.penalty.hearingNoticeRequired",
			"2025-12-20T10:00, false, , , true, false, true, ",
			"2025-12-20T10:00, false, , , false, true, true, cases.penalty.notUnderLaw",
			// 2025 law (accepted from 2026-01-01): up to 1,000 (第109条); 听证 for 停业整顿 too
			// (第117条)
			"2026-01-05T10:00, false, 1000, , false, false, false, ",
			"2026-01-05T10:00, false, 1200, , false, false, false, cases.penalty.fineAboveAuthority",
			"2026-01-05T10:00, false, , , false, true, false, cases.penalty.hearingNoticeRequired",
			"2026-01-05T10:00, false, , , false, true, true, ",
			// 行政拘留 1–20 days (第16条), any law
			"2026-01-05T10:00, false, , 15, false, false, false, ",
			"2026-01-05T10:00, false, , 21, false, false, false, cases.penalty.detentionDays",
			"2026-01-05T10:00, false, , 0, false, false, false, cases.penalty.detentionDays",
			"2026-01-05T10:00, false, -5, , false, false, false, cases.penalty.fine",
			"2026-01-05T10:00, false, , , false, false, false, cases.penalty.required" })
	void punishmentCarriesAPenaltyWithinTheLawOfItsAcceptanceDay(String acceptedAt, boolean warning, BigDecimal fine,
			Integer days, boolean licence, boolean suspension, boolean noticed, String refusal) {
		CaseFile caseFile = CaseFixtures.solvedCaseAcceptedAt(CaseFixtures.at(acceptedAt));
		Penalty penalty = new Penalty(warning, fine, days, licence, suspension);
		Runnable submit = () -> caseFile.submitForReview(Decision.PUNISHMENT,
				DecisionFacts.punishment("", penalty, noticed), CaseFixtures.at(acceptedAt).plusSeconds(86400));
		if (refusal == null) {
			submit.run();
			caseFile.decisionApproved(Decision.PUNISHMENT, penalty, CaseFixtures.at(acceptedAt).plusSeconds(86400));
			assertThat(caseFile.getPenalty()).isEqualTo(penalty);
			assertThat(caseFile.getStage()).isEqualTo(CaseStage.PUNISHMENT_DECIDED);
		}
		else {
			refused(submit, refusal);
		}
	}

	@ParameterizedTest
	@CsvSource({ "2025-12-31T23:00, LAW_2012", "2026-01-01T00:30, LAW_2025" })
	void choosesTheLawByTheAcceptanceDayInTheStationsZone(String acceptedAt, PunishmentLaw law) {
		assertThat(PunishmentLaw.of(CaseFixtures.at(acceptedAt))).isEqualTo(law);
	}

}
