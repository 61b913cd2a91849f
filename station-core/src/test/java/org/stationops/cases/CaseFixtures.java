package org.stationops.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Cases in a named state, built through the aggregate's own verbs.
 */
final class CaseFixtures {

	static final Instant ACCEPTED_AT = at("2026-11-02T09:00");

	static final Instant FILED_AT = at("2026-11-02T15:00");

	static final LocalDate FILED_ON = LocalDate.of(2026, 11, 2);

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	static final Penalty WARNING = new Penalty(true, null, null, false, false);

	private CaseFixtures() {
	}

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(DeadlineEngine.ZONE).toInstant();
	}

	static CaseDetails details(CaseKind kind) {
		return new CaseDetails("测试案件", kind, null, "", 7L, "", ACCEPTED_AT, false, FilingTrack.STANDARD,
				BigDecimal.ZERO, BigDecimal.ZERO);
	}

	static CaseFile acceptedCase(CaseKind kind) {
		return new CaseFile(1L, "Z2026-0001", details(kind), null, null, ACCEPTED_AT);
	}

	/**
	 * @return a solved administrative case accepted at {@code acceptedAt}, so that the
	 * law of that day governs it.
	 */
	static CaseFile solvedCaseAcceptedAt(Instant acceptedAt) {
		CaseDetails d = details(CaseKind.ADMINISTRATIVE);
		CaseFile caseFile = new CaseFile(1L, "Z0001", new CaseDetails(d.title(), d.kind(), null, "", 7L, "", acceptedAt,
				false, FilingTrack.STANDARD, BigDecimal.ZERO, BigDecimal.ZERO), null, null, acceptedAt);
		caseFile.submitForReview(Decision.FILING, DecisionFacts.of(""), acceptedAt);
		caseFile.decisionApproved(Decision.FILING, Penalty.NONE, acceptedAt);
		caseFile.advanceTo(CaseStage.INVESTIGATING, acceptedAt);
		caseFile.advanceTo(CaseStage.SOLVED, acceptedAt);
		return caseFile;
	}

	/**
	 * @return an investigating case whose stored deadline the engine computed.
	 */
	static CaseFile investigatingCaseWithDeadline() {
		CaseFile caseFile = investigatingCase();
		caseFile.showDeadline(new DeadlineEngine(org.stationops.calendar.Calendar2026.workingDays())
			.deadlineOf(caseFile.clockFacts()));
		return caseFile;
	}

	static CaseFile acceptedCase() {
		return acceptedCase(CaseKind.ADMINISTRATIVE);
	}

	static CaseFile filedCase(CaseKind kind) {
		CaseFile caseFile = acceptedCase(kind);
		caseFile.submitForReview(Decision.FILING, DecisionFacts.of(""), FILED_AT);
		caseFile.decisionApproved(Decision.FILING, Penalty.NONE, FILED_AT);
		return caseFile;
	}

	static CaseFile filedCase() {
		return filedCase(CaseKind.ADMINISTRATIVE);
	}

	static CaseFile investigatingCase() {
		CaseFile caseFile = filedCase();
		caseFile.advanceTo(CaseStage.INVESTIGATING, FILED_AT.plusSeconds(3600));
		return caseFile;
	}

	static CaseFile solvedCase(CaseKind kind) {
		CaseFile caseFile = filedCase(kind);
		caseFile.advanceTo(CaseStage.INVESTIGATING, FILED_AT.plusSeconds(3600));
		caseFile.advanceTo(CaseStage.SOLVED, FILED_AT.plusSeconds(7200));
		return caseFile;
	}

	static CaseFile punishmentDecidedCase() {
		CaseFile caseFile = solvedCase(CaseKind.ADMINISTRATIVE);
		caseFile.submitForReview(Decision.PUNISHMENT, DecisionFacts.punishment("", WARNING, false), FILED_AT);
		caseFile.decisionApproved(Decision.PUNISHMENT, WARNING, FILED_AT.plusSeconds(86400));
		return caseFile;
	}

	static CaseFile closedCase() {
		CaseFile caseFile = punishmentDecidedCase();
		caseFile.submitForReview(Decision.CLOSURE, DecisionFacts.of(""), FILED_AT);
		caseFile.decisionApproved(Decision.CLOSURE, Penalty.NONE, FILED_AT.plusSeconds(2 * 86400));
		return caseFile;
	}

	static CaseFile caseAwaitingReview() {
		CaseFile caseFile = investigatingCase();
		caseFile.submitForReview(Decision.WITHDRAWAL, DecisionFacts.of(""), FILED_AT);
		return caseFile;
	}

	static CaseFile pausedCase(PauseReason reason) {
		CaseFile caseFile = investigatingCase();
		caseFile.pauseClock(reason, FILED_ON.plusDays(3), TODAY);
		return caseFile;
	}

	static CaseFile twiceExtendedCase() {
		CaseFile caseFile = investigatingCase();
		for (int i = 1; i <= 2; i++) {
			caseFile.submitForReview(Decision.EXTENSION, DecisionFacts.extension("", "延字第" + i + "号", FILED_ON),
					FILED_AT);
			caseFile.extend("延字第" + i + "号", FILED_ON, FILED_AT.plusSeconds(i * 86400L));
		}
		return caseFile;
	}

}
