package org.stationops.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stationops.calendar.Calendar2026;
import org.stationops.cases.DeadlineCalculator.Answer;
import org.stationops.cases.DeadlineCalculator.Query;
import org.stationops.cases.DeadlineEngine.Pause;
import org.stationops.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Table tests of every clock under both rule sets, over the 2025 and 2026 notices with
 * 2027 unseeded. Each row names its article in the test name.
 */
class StatutoryClocksTests {

	private final DeadlineEngine engine = new DeadlineEngine(Calendar2026.seeded2025And2026());

	private final DeadlineCalculator calculator = new DeadlineCalculator(this.engine);

	private static Instant at(String offsetDateTime) {
		return OffsetDateTime.parse(offsetDateTime).toInstant();
	}

	private static LocalDate day(String day) {
		return LocalDate.parse(day);
	}

	private static Query caseLimit(String acceptedAt, String filedOn, int extensions, List<Pause> pauses) {
		return new Query(StatutoryClock.CASE_TIME_LIMIT, at(acceptedAt), (filedOn != null) ? day(filedOn) : null, false,
				null, extensions, pauses, null, null, null, null, null);
	}

	@ParameterizedTest(name = "[{4}] accepted {0}, filed {1}, {2} extension(s) -> last day {3}")
	@CsvSource({
			// 2012 第99条: 30 days from 受理 (the filing day is irrelevant)
			"2025-12-20T10:00+08:00, 2025-12-22, 0, 2026-01-19, 2012 第99条 from 受理",
			"2025-12-20T10:00+08:00, 2025-12-22, 1, 2026-02-24, 2012 第99条 one extension past 春节 2026",
			// 2025 第118条: 30 days from 立案
			"2026-01-05T10:00+08:00, 2026-01-16, 0, 2026-02-24, 2025 第118条 from 立案 past 春节 2026",
			"2026-01-05T10:00+08:00, 2026-01-15, 0, 2026-02-14, 2025 第118条 ends on a 调休 Saturday worked",
			"2026-11-20T10:00+08:00, 2026-12-02, 0, 2027-01-04, 2025 第118条 year end past 元旦 2027 (unseeded)",
			"2026-08-01T10:00+08:00, 2026-08-03, 2, 2026-11-02, 2025 第118条 two extensions" })
	void caseTimeLimitFollowsTheLawOfTheAcceptanceDate(String accepted, String filed, int extensions, LocalDate last,
			String article) {
		Answer answer = this.calculator.calculate(caseLimit(accepted, filed, extensions, List.of()));
		assertThat(answer.lastDay()).isEqualTo(last);
		assertThat(answer.dueAt()).isEqualTo(last.plusDays(1).atStartOfDay(DeadlineEngine.ZONE).toInstant());
	}

	@Test
	void aCaseFiledOn2December2026EndsMonday4January2027AndIsProvisional() {
		Answer answer = this.calculator.calculate(caseLimit("2026-12-01T09:00+08:00", "2026-12-02", 0, List.of()));
		assertThat(answer.law()).isEqualTo(PunishmentLaw.LAW_2025);
		assertThat(answer.lastDay()).isEqualTo(day("2027-01-04"));
		assertThat(answer.provisional()).isTrue();
		assertThat(answer.unnoticedYear()).isEqualTo(2027);
	}

	@Test
	void aDeadlineWithinNoticedYearsIsNotProvisional() {
		Answer answer = this.calculator.calculate(caseLimit("2025-12-20T10:00+08:00", "2025-12-22", 1, List.of()));
		assertThat(answer.law()).isEqualTo(PunishmentLaw.LAW_2012);
		assertThat(answer.provisional()).isFalse();
		assertThat(answer.steps()).isNotEmpty();
	}

	@Test
	void refusesASecondExtensionUnderThe2012Law() {
		assertThatThrownBy(
				() -> this.calculator.calculate(caseLimit("2025-12-20T10:00+08:00", "2025-12-22", 2, List.of())))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("deadlines.error.extensions");
	}

	@Test
	void overlappingPausesAreCountedOnce() {
		// 2025 第118条: 鉴定 11-05→11-15 and 听证 11-10→11-20 leave out 15 days, not 20
		List<Pause> pauses = List.of(new Pause(PauseReason.APPRAISAL, day("2026-11-05"), day("2026-11-15")),
				new Pause(PauseReason.HEARING, day("2026-11-10"), day("2026-11-20")));
		assertThat(DeadlineEngine.excludedDays(PunishmentLaw.LAW_2025, day("2026-11-02"), pauses)).isEqualTo(15);
		// 2026-12-02 + 15 = 2026-12-17 (Thursday)
		assertThat(this.engine.caseTimeLimit(PunishmentLaw.LAW_2025, day("2026-11-02"), 0, pauses))
			.isEqualTo(day("2026-12-17"));
	}

	@Test
	void hearingDaysCountUnderThe2012Law() {
		// 2012 第99条 leaves out only 鉴定: 受理 2025-11-03, 听证 11-10→11-20 counted -> 12-03
		List<Pause> pauses = List.of(new Pause(PauseReason.HEARING, day("2025-11-10"), day("2025-11-20")));
		assertThat(this.engine.caseTimeLimit(PunishmentLaw.LAW_2012, day("2025-11-03"), 0, pauses))
			.isEqualTo(day("2025-12-03"));
		assertThat(this.engine.caseTimeLimit(PunishmentLaw.LAW_2025, day("2025-11-03"), 0, pauses))
			.isEqualTo(day("2025-12-15"));
	}

	@Test
	void theCaseClockOf2012CasesStartsOnAcceptance() {
		assertThat(DeadlineEngine.caseClockStart(PunishmentLaw.LAW_2012, day("2025-12-20"), day("2025-12-22"),
				day("2025-12-22")))
			.isEqualTo(day("2025-12-20"));
		assertThat(DeadlineEngine.caseClockStart(PunishmentLaw.LAW_2025, day("2026-01-05"), day("2026-01-06"),
				day("2026-01-06")))
			.isEqualTo(day("2026-01-06"));
		// 程序规定 第185条: a restart after failed mediation replaces either
		assertThat(DeadlineEngine.caseClockStart(PunishmentLaw.LAW_2012, day("2025-12-20"), day("2025-12-22"),
				day("2026-01-10")))
			.isEqualTo(day("2026-01-10"));
	}

	@ParameterizedTest(name = "[{4}] arrived {0}, {1} -> questioning ends {2}")
	@CsvSource({ "2025-12-31T20:00+08:00, NORMAL, 2026-01-01T04:00+08:00, 2012, 2012 第83条 8 h",
			"2025-12-31T20:00+08:00, COMPLEX_DETENTION, 2026-01-01T20:00+08:00, 2012, 2012 第83条 24 h",
			"2026-01-01T20:00+08:00, MANY_OR_UNIDENTIFIED, 2026-01-02T08:00+08:00, 2025, 2025 第97条 12 h",
			"2026-10-01T09:00+08:00, COMPLEX_DETENTION, 2026-10-02T09:00+08:00, 2025, 2025 第97条 24 h on a holiday" })
	void questioningLasts8Or12Or24Hours(String arrived, QuestioningGround ground, String due, String law,
			String article) {
		Answer answer = this.calculator.calculate(new Query(StatutoryClock.QUESTIONING, null, null, false, null, 0,
				List.of(), null, null, null, at(arrived), ground));
		assertThat(answer.dueAt()).isEqualTo(at(due));
		assertThat(answer.law().label()).isEqualTo(law);
		assertThat(answer.lastDay()).isNull();
	}

	@Test
	void theTwelveHourGroundDoesNotExistUnderThe2012Law() {
		assertThatThrownBy(() -> DeadlineEngine.questioning(PunishmentLaw.LAW_2012, at("2025-12-01T10:00+08:00"),
				QuestioningGround.MANY_OR_UNIDENTIFIED))
			.isInstanceOf(RuleViolationException.class);
	}

	@ParameterizedTest(name = "[人民调解法 第33条, 民诉法 第85条] agreement effective {0} -> apply by {1}")
	@CsvSource({ "2026-09-01, 2026-10-08", "2026-11-02, 2026-12-02", "2026-12-05, 2027-01-04",
			"2026-01-02, 2026-02-02" })
	void judicialConfirmationRollsPastRestDays(LocalDate effective, LocalDate last) {
		Answer answer = this.calculator.calculate(new Query(StatutoryClock.JUDICIAL_CONFIRMATION, null, null, false,
				null, 0, List.of(), null, null, effective, null, null));
		assertThat(answer.lastDay()).isEqualTo(last);
	}

	@ParameterizedTest(name = "[程序规定 第183条] first session {0} -> second by {1}")
	@CsvSource({ "2026-09-28, 2026-10-13", "2026-02-11, 2026-02-27", "2026-12-28, 2027-01-07" })
	void secondMediationSessionWithinSevenWorkingDays(LocalDate first, LocalDate last) {
		Answer answer = this.calculator.calculate(new Query(StatutoryClock.POLICE_MEDIATION_SECOND_SESSION, null, null,
				false, null, 0, List.of(), null, first, null, null, null));
		assertThat(answer.lastDay()).isEqualTo(last);
	}

	@ParameterizedTest(name = "[刑事诉讼法 第91条] detained {0}, {1} extra day(s), serious {2} -> request by {3}")
	@CsvSource({ "2026-09-29, 0, false, 2026-10-02", "2026-09-29, 4, false, 2026-10-06",
			"2026-09-29, 27, true, 2026-10-29" })
	void custodyPeriodsAreNotMovedPastHolidays(LocalDate detained, int extra, boolean serious, LocalDate last) {
		assertThat(DeadlineEngine.arrestRequest(detained, extra, serious)).isEqualTo(last);
	}

	@Test
	void arrestRequestExtensionsAreLimited() {
		assertThatThrownBy(() -> DeadlineEngine.arrestRequest(day("2026-09-29"), 5, false))
			.isInstanceOf(RuleViolationException.class);
		assertThat(DeadlineEngine.custodyFirstSteps(at("2026-10-01T22:00+08:00")))
			.isEqualTo(at("2026-10-02T22:00+08:00"));
	}

	@Test
	void serviceLimitationAndFastTrack() {
		// 2025 第116条: 2 days, rolled past 国庆 2026
		assertThat(this.engine.service(day("2026-09-30"))).isEqualTo(day("2026-10-08"));
		// 2025 第25条: 6 months from the act's end, not rolled
		assertThat(DeadlineEngine.limitation(day("2026-08-31"))).isEqualTo(day("2027-02-28"));
		// 程序规定 第47条: 48 h
		assertThat(DeadlineEngine.fastTrack(at("2026-02-15T10:00+08:00"))).isEqualTo(at("2026-02-17T10:00+08:00"));
	}

	@ParameterizedTest(name = "[公通字〔2015〕32号] accepted {0}, complex {1} -> due {2}")
	@CsvSource({ "2025-01-25T09:00+08:00, true, 2025-02-06T00:00+08:00",
			"2025-01-24T09:00+08:00, false, 2025-01-25T09:00+08:00" })
	void acceptanceReviewUnderThe2025Calendar(String accepted, boolean complex, String due) {
		Answer answer = this.calculator.calculate(new Query(StatutoryClock.ACCEPTANCE_REVIEW, at(accepted), null,
				complex, null, 0, List.of(), null, null, null, null, null));
		assertThat(answer.dueAt()).isEqualTo(at(due));
	}

}
