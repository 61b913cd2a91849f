package org.stationops.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stationops.calendar.Calendar2026;
import org.stationops.cases.DeadlineEngine.ClockFacts;
import org.stationops.cases.DeadlineEngine.Pause;
import org.stationops.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Table tests of the statutory clocks against the 2026 calendar. Sources: 公通字〔2015〕32号
 * (受案审查 24 h / 3 日; 刑事立案审查 3 / 7 / 30 日); 治安管理处罚法 2025 第118条 (30 日 from 立案, +30 with
 * approval of the level above, at most twice; 鉴定、听证 periods not counted); 行政案件程序规定 第35条
 * and 刑事诉讼法 第105条 (first day not counted; a period ending on a rest day ends on the next
 * working day); 行政案件程序规定 第185条第2款 (a mediated case's time limit runs from the day
 * mediation fails).
 */
class DeadlineEngineTests {

	private final DeadlineEngine engine = new DeadlineEngine(Calendar2026.workingDays());

	private static Instant at(String offsetDateTime) {
		return OffsetDateTime.parse(offsetDateTime).toInstant();
	}

	private static LocalDate day(String day) {
		return LocalDate.parse(day);
	}

	@ParameterizedTest(name = "accepted {0}, complex {1} -> review due {2}")
	@CsvSource({ "2026-11-25T10:00+08:00, false, 2026-11-26T10:00+08:00",
			"2026-09-30T23:30+08:00, false, 2026-10-01T23:30+08:00",
			"2026-11-24T09:00+08:00, true, 2026-11-28T00:00+08:00",
			"2026-11-25T10:00+08:00, true, 2026-12-01T00:00+08:00",
			"2026-09-28T15:00+08:00, true, 2026-10-09T00:00+08:00" })
	void acceptanceReviewTakes24HoursOr3DaysWhenComplex(String accepted, boolean complex, String due) {
		assertThat(this.engine.acceptanceReview(at(accepted), complex)).isEqualTo(at(due));
	}

	@ParameterizedTest(name = "criminal case accepted {0}, {1} -> decide by {2}")
	@CsvSource({ "2026-11-02, STANDARD, 2026-11-05", "2026-11-02, NEEDS_VERIFICATION, 2026-11-09",
			"2026-11-02, MAJOR_COMPLEX, 2026-12-02", "2026-11-25, STANDARD, 2026-11-30",
			"2026-09-28, STANDARD, 2026-10-08", "2026-09-24, NEEDS_VERIFICATION, 2026-10-08",
			"2026-02-11, STANDARD, 2026-02-14" })
	void criminalFilingReviewTakes3Or7Or30Days(LocalDate accepted, FilingTrack track, LocalDate due) {
		assertThat(this.engine.filingReview(accepted, track)).isEqualTo(due);
	}

	@ParameterizedTest(name = "治安 case filed {0} with {1} extension(s) -> last day {2}")
	@CsvSource({ "2026-11-02, 0, 2026-12-02", "2026-08-03, 0, 2026-09-02", "2026-08-03, 1, 2026-10-08",
			"2026-08-03, 2, 2026-11-02", "2026-09-01, 0, 2026-10-08", "2026-01-16, 0, 2026-02-24",
			"2026-01-15, 0, 2026-02-14" })
	void administrativeCaseHas30DaysPlus30PerExtension(LocalDate filed, int extensions, LocalDate due) {
		assertThat(this.engine.caseTimeLimit(filed, extensions, List.of())).isEqualTo(due);
	}

	@Test
	void refusesAThirdExtension() {
		assertThatThrownBy(() -> this.engine.caseTimeLimit(day("2026-08-03"), 3, List.of()))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("cases.extension.tooMany");
	}

	@Test
	void appraisalDaysAreNotCounted() {
		List<Pause> pauses = List.of(new Pause(PauseReason.APPRAISAL, day("2026-11-05"), day("2026-11-15")));
		// 2026-12-02 + 10 days = 2026-12-12, a Saturday -> Monday 2026-12-14
		assertThat(this.engine.caseTimeLimit(day("2026-11-02"), 0, pauses)).isEqualTo(day("2026-12-14"));
	}

	@Test
	void appraisalAndHearingPausesAddUpAndComeOnTopOfExtensions() {
		List<Pause> pauses = List.of(new Pause(PauseReason.APPRAISAL, day("2026-08-05"), day("2026-08-10")),
				new Pause(PauseReason.HEARING, day("2026-08-20"), day("2026-08-23")));
		// 2026-08-03 + 60 + 8 = 2026-10-10, a make-up working Saturday
		assertThat(this.engine.caseTimeLimit(day("2026-08-03"), 1, pauses)).isEqualTo(day("2026-10-10"));
	}

	@Test
	void theClockStandsWhileAPauseIsOpenAndResumesAfter() {
		Pause open = new Pause(PauseReason.HEARING, day("2026-11-10"), null);
		assertThat(this.engine.caseTimeLimit(day("2026-11-02"), 0, List.of(open))).isNull();
		Pause closed = new Pause(PauseReason.HEARING, day("2026-11-10"), day("2026-11-12"));
		assertThat(this.engine.caseTimeLimit(day("2026-11-02"), 0, List.of(closed))).isEqualTo(day("2026-12-04"));
	}

	@Test
	void aMediatedCaseRestartsOnTheDayMediationFails() {
		Pause mediation = new Pause(PauseReason.MEDIATION, day("2026-11-03"), day("2026-11-10"));
		// filed 11-02, mediation failed 11-10: 30 days from 11-10, the mediation days are
		// not added again
		assertThat(this.engine.caseTimeLimit(day("2026-11-10"), 0, List.of(mediation))).isEqualTo(day("2026-12-10"));
		Pause ongoing = new Pause(PauseReason.MEDIATION, day("2026-11-03"), null);
		assertThat(this.engine.caseTimeLimit(day("2026-11-02"), 0, List.of(ongoing))).isNull();
	}

	@Test
	void choosesTheClockByKindAndStage() {
		Instant accepted = at("2026-11-02T09:00+08:00");
		assertThat(this.engine.deadlineOf(facts(CaseKind.ADMINISTRATIVE, CaseStage.ACCEPTED, accepted, null)))
			.extracting(DeadlineEngine.Deadline::clock, DeadlineEngine.Deadline::dueAt)
			.containsExactly(DeadlineClock.ACCEPTANCE_REVIEW, at("2026-11-03T09:00+08:00"));
		assertThat(this.engine.deadlineOf(facts(CaseKind.CRIMINAL, CaseStage.ACCEPTED, accepted, null)))
			.extracting(DeadlineEngine.Deadline::clock, DeadlineEngine.Deadline::dueAt)
			.containsExactly(DeadlineClock.FILING_REVIEW, at("2026-11-06T00:00+08:00"));
		assertThat(this.engine
			.deadlineOf(facts(CaseKind.ADMINISTRATIVE, CaseStage.INVESTIGATING, accepted, day("2026-11-02"))))
			.extracting(DeadlineEngine.Deadline::clock, DeadlineEngine.Deadline::dueAt)
			.containsExactly(DeadlineClock.CASE_TIME_LIMIT, at("2026-12-03T00:00+08:00"));
		assertThat(this.engine.deadlineOf(facts(CaseKind.CRIMINAL, CaseStage.INVESTIGATING, accepted, null))).isNull();
		assertThat(this.engine.deadlineOf(facts(CaseKind.ADMINISTRATIVE, CaseStage.CLOSED, accepted, null))).isNull();
		assertThat(this.engine
			.deadlineOf(facts(CaseKind.ADMINISTRATIVE, CaseStage.PUNISHMENT_DECIDED, accepted, day("2026-11-02"))))
			.isNull();
	}

	@ParameterizedTest(name = "due {0}, now {1} -> {2}")
	@CsvSource({ "2026-12-03T00:00+08:00, 2026-11-25T10:00+08:00, ON_TIME",
			"2026-11-27T00:00+08:00, 2026-11-25T10:00+08:00, DUE_SOON",
			"2026-11-25T09:00+08:00, 2026-11-25T10:00+08:00, OVERDUE" })
	void reportsDueSoonAndOverdue(String due, String now, DeadlineStatus status) {
		assertThat(DeadlineEngine.status(at(due), at(now))).isEqualTo(status);
	}

	@Test
	void aStandingClockIsReportedPaused() {
		assertThat(DeadlineEngine.status(null, Instant.now())).isEqualTo(DeadlineStatus.PAUSED);
	}

	private static ClockFacts facts(CaseKind kind, CaseStage stage, Instant accepted, LocalDate started) {
		return new ClockFacts(kind, stage, accepted, false, FilingTrack.STANDARD, started, started, 0, List.of());
	}

}
