package org.stationops.cases;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stationops.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stationops.cases.CaseFixtures.at;

/**
 * A suspect's arrival (到案) starts the 询问查证 clock on the ground chosen.
 */
class SuspectTests {

	private static Suspect summoned() {
		return new Suspect(CaseFixtures.acceptedCase(), "马某", "", SuspectStatus.SUMMONED, at("2026-11-02T09:00"));
	}

	@ParameterizedTest(name = "{0} on {1}: due {2}")
	@CsvSource({
			// 2012 第83条: 8 hours, 24 when complex and 行政拘留 possible
			"2025-12-31T20:00, NORMAL, 2026-01-01T04:00", "2025-12-31T20:00, COMPLEX_DETENTION, 2026-01-01T20:00",
			// 2025 第97条: 8, 12 (many people or identity unknown), 24; hours not moved
			// past holidays
			"2026-01-01T20:00, NORMAL, 2026-01-02T04:00", "2026-01-01T20:00, MANY_OR_UNIDENTIFIED, 2026-01-02T08:00",
			"2026-02-16T22:00, COMPLEX_DETENTION, 2026-02-17T22:00" })
	void questioningEndsTheGroundsHoursAfterTheArrivalUnderTheLawOfThatDay(String arrived, QuestioningGround ground,
			String due) {
		Suspect suspect = summoned();
		suspect.recordArrival(at(arrived), ground, at("2026-12-02T09:00"));
		assertThat(suspect.getQuestioningDueAt()).isEqualTo(at(due));
		assertThat(suspect.getArrivedAt()).isEqualTo(at(arrived));
		assertThat(suspect.getQuestioningGround()).isEqualTo(ground);
	}

	@Test
	void refusesAnArrivalInTheFuture() {
		Suspect suspect = summoned();
		Instant now = at("2026-12-02T09:00");
		assertThatThrownBy(() -> suspect.recordArrival(now.plusSeconds(60), QuestioningGround.NORMAL, now))
			.isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).getCode())
			.isEqualTo("cases.suspect.arrivalInFuture");
		assertThat(suspect.getArrivedAt()).isNull();
	}

	@Test
	void refusesTheTwelveHourGroundForAnArrivalUnderThe2012Law() {
		Suspect suspect = summoned();
		assertThatThrownBy(() -> suspect.recordArrival(at("2025-12-31T20:00"), QuestioningGround.MANY_OR_UNIDENTIFIED,
				at("2026-12-02T09:00")))
			.isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).getCode())
			.isEqualTo("deadlines.error.groundNotUnderLaw");
		assertThat(suspect.getQuestioningDueAt()).isNull();
	}

	@Test
	void hasNoQuestioningClockBeforeTheArrivalIsRecorded() {
		assertThat(summoned().getQuestioningDueAt()).isNull();
	}

}
