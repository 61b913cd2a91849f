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

/**
 * The case's guarded verbs: each refuses an illegal move with the message the officer
 * reads.
 */
class CaseFileTests {

	private static void refused(Runnable verb, String code) {
		assertThatThrownBy(verb::run).isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).getCode())
			.isEqualTo(code);
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
		refused(() -> caseFile.submitForReview(Decision.EXTENSION, "延字第1号"), "cases.review.alreadyPending");
	}

	@Test
	void aReturnedDecisionFreesTheCaseForTheNextOne() {
		CaseFile caseFile = CaseFixtures.caseAwaitingReview();
		caseFile.decisionReturned();
		caseFile.submitForReview(Decision.WITHDRAWAL, "");
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
			caseFile.submitForReview(decision, "");
			assertThat(caseFile.isReviewPending()).isTrue();
		}
		else {
			refused(() -> caseFile.submitForReview(decision, ""), "cases.error.illegalTransition");
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
				() -> CaseFixtures.investigatingCase().submitForReview(Decision.EXTENSION, " "));
		assertThat(ex.getCode()).isEqualTo("cases.extension.approvalRequired");
		assertThat(ex.getField()).isEqualTo("approvalReference");
	}

	@Test
	void refusesAnExtensionForACaseWithoutAClock() {
		refused(() -> CaseFixtures.acceptedCase().submitForReview(Decision.EXTENSION, "延字第1号"), "cases.error.noClock");
		refused(() -> CaseFixtures.filedCase(CaseKind.CRIMINAL).submitForReview(Decision.EXTENSION, "延字第1号"),
				"cases.error.noClock");
		refused(() -> CaseFixtures.closedCase().submitForReview(Decision.EXTENSION, "延字第1号"), "cases.error.noClock");
	}

	@Test
	void grantsAtMostTwoExtensions() {
		CaseFile caseFile = CaseFixtures.twiceExtendedCase();
		assertThat(caseFile.getExtensions()).extracting(CaseExtension::getApprovalReference)
			.containsExactly("延字第1号", "延字第2号");
		assertThat(caseFile.clockFacts().extensions()).isEqualTo(2);
		refused(() -> caseFile.submitForReview(Decision.EXTENSION, "延字第3号"), "cases.extension.tooMany");
		refused(() -> caseFile.extend("延字第3号", FILED_AT), "cases.extension.tooMany");
	}

	// pauseClock and resumeClock

	@Test
	void pausesAndResumesTheClock() {
		CaseFile caseFile = CaseFixtures.pausedCase(PauseReason.APPRAISAL);
		assertThat(caseFile.clockFacts().pauses()).singleElement().satisfies(p -> assertThat(p.to()).isNull());
		ClockPause pause = caseFile.resumeClock(FILED_ON.plusDays(8));
		assertThat(pause.getReason()).isEqualTo(PauseReason.APPRAISAL);
		assertThat(caseFile.clockFacts().pauses()).singleElement()
			.satisfies(p -> assertThat(p.to()).isEqualTo(FILED_ON.plusDays(8)));
	}

	@Test
	void keepsOnlyOnePauseOpen() {
		CaseFile caseFile = CaseFixtures.pausedCase(PauseReason.HEARING);
		refused(() -> caseFile.pauseClock(PauseReason.APPRAISAL, FILED_ON.plusDays(4)), "cases.error.alreadyPaused");
		assertThat(caseFile.getPauses()).hasSize(1);
	}

	@Test
	void refusesAPauseBeforeTheClockStarted() {
		RuleViolationException ex = org.junit.jupiter.api.Assertions.assertThrows(RuleViolationException.class,
				() -> CaseFixtures.investigatingCase().pauseClock(PauseReason.APPRAISAL, FILED_ON.minusDays(1)));
		assertThat(ex.getCode()).isEqualTo("cases.error.pauseBeforeStart");
		assertThat(ex.getField()).isEqualTo("day");
	}

	@Test
	void refusesAPauseWithoutAClock() {
		refused(() -> CaseFixtures.acceptedCase().pauseClock(PauseReason.APPRAISAL, FILED_ON), "cases.error.noClock");
		refused(() -> CaseFixtures.filedCase(CaseKind.CRIMINAL).pauseClock(PauseReason.APPRAISAL, FILED_ON),
				"cases.error.noClock");
		refused(() -> CaseFixtures.closedCase().pauseClock(PauseReason.APPRAISAL, FILED_ON), "cases.error.noClock");
	}

	@Test
	void refusesToResumeAClockThatRuns() {
		refused(() -> CaseFixtures.investigatingCase().resumeClock(FILED_ON), "cases.error.notPaused");
	}

	@Test
	void refusesToResumeBeforeThePauseBegan() {
		CaseFile caseFile = CaseFixtures.pausedCase(PauseReason.APPRAISAL);
		refused(() -> caseFile.resumeClock(FILED_ON.plusDays(2)), "cases.error.resumeBeforePause");
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

}
