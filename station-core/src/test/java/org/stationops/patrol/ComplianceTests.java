package org.stationops.patrol;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComplianceTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final LocalDate MONDAY = LocalDate.parse("2026-11-02");

	// checkpoints 1 and 2 are 1 km apart (north-south), 3 is 5 km away
	static final double LAT = 28.6;

	static final double LON = 115.9;

	static PatrolPlan plan() {
		PatrolPlan plan = new PatrolPlan(1L,
				new PlanDetails("岱山定线", PlanKind.ROUTE, 9L, null, null,
						EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
						List.of(new PlanWindow(LocalTime.of(19, 0), LocalTime.of(21, 0), 2)), List.of(1L, 2L),
						java.time.LocalDate.of(2020, 1, 1), null, java.util.List.of()));
		return plan;
	}

	static Compliance.Pass at(long checkpoint, String time) {
		double lat = (checkpoint == 1) ? LAT : (checkpoint == 2) ? LAT + 0.009 : LAT + 0.045;
		return new Compliance.Pass(checkpoint, MONDAY.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant(), lat, LON);
	}

	@Test
	void countsAVideoPlansLooksPerCameraWithoutTravelChecks() {
		PatrolPlan video = new PatrolPlan(1L,
				new PlanDetails("商圈视频巡逻", PlanKind.VIDEO, 9L, null, null, EnumSet.allOf(DayOfWeek.class),
						List.of(new PlanWindow(LocalTime.of(19, 0), LocalTime.of(21, 0), 1)), List.of(),
						MONDAY.minusDays(7), null, List.of(31L, 32L)));
		Instant first = MONDAY.atTime(19, 5).atZone(ZONE).toInstant();
		// two cameras 10 s apart from the desk is real; the same camera again after 2
		// minutes is padding
		PlanDay day = Compliance.of(video, MONDAY,
				List.of(new Compliance.Pass(31L, first, 0, 0), new Compliance.Pass(32L, first.plusSeconds(10), 0, 0),
						new Compliance.Pass(31L, first.plusSeconds(120), 0, 0)),
				ZONE);
		assertThat(day.expected()).isEqualTo(2);
		assertThat(day.onTime()).isEqualTo(2);
		assertThat(day.padding()).isEqualTo(1);
	}

	@Test
	void expectsNothingBeforeThePlanWasInForceNorAfterItEnded() {
		PatrolPlan plan = new PatrolPlan(1L,
				new PlanDetails("岱山定线", PlanKind.ROUTE, 9L, null, null,
						EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
						List.of(new PlanWindow(LocalTime.of(19, 0), LocalTime.of(21, 0), 2)), List.of(1L, 2L),
						MONDAY.plusDays(2), MONDAY.plusDays(3), java.util.List.of()));
		assertThat(plan.isActiveOn(MONDAY.plusDays(1))).isFalse();
		assertThat(Compliance.of(plan, MONDAY.plusDays(1), List.of(), ZONE).expected()).isZero();
		assertThat(Compliance.of(plan, MONDAY.plusDays(2), List.of(), ZONE).expected()).isEqualTo(4);
		assertThat(Compliance.of(plan, MONDAY.plusDays(3), List.of(), ZONE).missed()).isEqualTo(4);
		assertThat(Compliance.of(plan, MONDAY.plusDays(4), List.of(), ZONE).expected()).isZero();
	}

	@Test
	void countsEveryExpectedPassWhenTheRouteIsWalkedTwice() {
		PlanDay day = Compliance.of(plan(), MONDAY,
				List.of(at(1, "19:05"), at(2, "19:25"), at(1, "20:05"), at(2, "20:25")), ZONE);
		assertThat(day.expected()).isEqualTo(4);
		assertThat(day.onTime()).isEqualTo(4);
		assertThat(day.missed()).isZero();
		assertThat(day.padding()).isZero();
		assertThat(day.completionPercent()).isEqualTo(100.0);
	}

	@Test
	void reportsMissedPassesForCheckpointsNotVisited() {
		PlanDay day = Compliance.of(plan(), MONDAY, List.of(at(1, "19:05"), at(2, "19:25")), ZONE);
		assertThat(day.onTime()).isEqualTo(2);
		assertThat(day.missed()).isEqualTo(2);
		assertThat(day.completionPercent()).isEqualTo(50.0);
	}

	@Test
	void countsAPassShortlyAfterTheWindowAsLateAndOneLongAfterAsMissed() {
		PlanDay day = Compliance.of(plan(), MONDAY,
				List.of(at(1, "19:05"), at(2, "19:25"), at(1, "21:20"), at(2, "22:10")), ZONE);
		assertThat(day.onTime()).isEqualTo(2);
		assertThat(day.late()).isEqualTo(1);
		assertThat(day.missed()).isEqualTo(1);
	}

	@Test
	void discardsTheSameCheckpointScannedAgainWithinTenMinutesAsPadding() {
		PlanDay day = Compliance.of(plan(), MONDAY,
				List.of(at(1, "19:05"), at(1, "19:09"), at(2, "19:25"), at(2, "19:31")), ZONE);
		assertThat(day.padding()).isEqualTo(2);
		assertThat(day.onTime()).isEqualTo(2);
		assertThat(day.missed()).isEqualTo(2);
	}

	@Test
	void discardsACheckpointReachedFasterThanAPatrolCanTravelAsPadding() {
		// 1 km in 30 s is 120 km/h
		PlanDay day = Compliance.of(plan(), MONDAY, List.of(at(1, "19:05"), at(2, "19:05:30")), ZONE);
		assertThat(day.padding()).isEqualTo(1);
		assertThat(day.onTime()).isEqualTo(1);
	}

	@Test
	void expectsNothingOnADayOffThePlan() {
		PlanDay day = Compliance.of(plan(), MONDAY.minusDays(1), List.of(), ZONE);
		assertThat(day.expected()).isZero();
		assertThat(day.completionPercent()).isEqualTo(100.0);
	}

	@Test
	void measuresDistancesOnTheSameSphereAsEarthdistance() {
		assertThat(Compliance.distanceMetres(LAT, LON, LAT + 0.009, LON)).isBetween(1000.0, 1003.0);
		assertThat(Instant.EPOCH).isNotNull();
	}

	// the plan: 19:00–21:00, two passes at each of checkpoints 1 and 2 (four in all)

	@Test
	void expectsNothingSoFarBeforeTheWindowOpens() {
		PlanDay day = Compliance.of(plan(), MONDAY, List.of(), ZONE, LocalTime.of(9, 0));
		assertThat(day.expected()).isZero();
		assertThat(day.missed()).isZero();
		assertThat(Compliance.of(plan(), MONDAY, List.of(), ZONE).expected()).isEqualTo(4);
	}

	@Test
	void countsARunningWindowsPassesAlreadyMadeAsDueAndMadeButNotTheRestOfIt() {
		PlanDay day = Compliance.of(plan(), MONDAY, List.of(at(1, "19:05")), ZONE, LocalTime.of(19, 30));
		assertThat(day.expected()).isEqualTo(1);
		assertThat(day.onTime()).isEqualTo(1);
		assertThat(day.missed()).isZero();
		assertThat(day.completionPercent()).isEqualTo(100.0);
	}

	@Test
	void expectsAllOfAWindowOnceItHasEnded() {
		PlanDay day = Compliance.of(plan(), MONDAY, List.of(at(1, "19:05"), at(2, "19:25")), ZONE, LocalTime.of(21, 0));
		assertThat(day.expected()).isEqualTo(4);
		assertThat(day.onTime()).isEqualTo(2);
		assertThat(day.missed()).isEqualTo(2);
		assertThat(day.completionPercent()).isEqualTo(50.0);
	}

	@Test
	void countsALatePassWithinGraceAfterTheWindowHasEnded() {
		PlanDay day = Compliance.of(plan(), MONDAY,
				List.of(at(1, "19:05"), at(2, "19:25"), at(1, "20:05"), at(2, "21:10")), ZONE, LocalTime.of(21, 15));
		assertThat(day.expected()).isEqualTo(4);
		assertThat(day.onTime()).isEqualTo(3);
		assertThat(day.late()).isEqualTo(1);
		assertThat(day.missed()).isZero();
	}

}
