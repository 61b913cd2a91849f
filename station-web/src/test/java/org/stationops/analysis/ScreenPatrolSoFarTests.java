package org.stationops.analysis;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.stationops.patrol.ComplianceService;
import org.stationops.patrol.PatrolPlanService;
import org.stationops.shared.Scope;
import org.stationops.shared.StationTime;
import org.stationops.stations.StationService;
import org.stationops.support.PatrolFixture;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screen's "patrol completion (today)" counts what was due so far (issue 16), read on
 * the real database at controlled times of one day: a station with one plan of two
 * checkpoints and two windows (08:00–10:00, 14:00–16:00, one pass each), written in the
 * test's transaction, and one pass made at 08:30 at the first checkpoint.
 */
@StationWebTest
@Transactional
class ScreenPatrolSoFarTests {

	@Autowired
	ScreenQueries queries;

	@Autowired
	StationService stations;

	@Autowired
	ComplianceService compliance;

	@Autowired
	PatrolPlanService plans;

	@Autowired
	JdbcTemplate jdbc;

	final LocalDate today = LocalDate.now(StationTime.ZONE);

	StationScreen.Patrol patrolAt(long stationId, int hour, int minute) {
		Clock clock = Clock.fixed(this.today.atTime(LocalTime.of(hour, minute)).atZone(StationTime.ZONE).toInstant(),
				StationTime.ZONE);
		ScreenService screens = new ScreenService(this.queries, this.stations, this.compliance, this.plans, clock, 8,
				80, Duration.ofMinutes(10));
		Screen screen = screens.one(Scope.station(stationId), null);
		assertThat(screen.screens()).hasSize(1);
		return screen.screens().get(0).patrol();
	}

	@Test
	void countsOnlyThePassesDueSoFarNotTheWholeDays() {
		PatrolFixture.Station station = PatrolFixture.stationWithPlan(this.jdbc, "PS1", this.today.minusDays(7));
		station.passAt(this.jdbc, "ml.officer", this.today.atTime(8, 30).atZone(StationTime.ZONE).toInstant());

		// before the first window: nothing due yet (the whole day's four passes made it 0
		// %)
		StationScreen.Patrol early = patrolAt(station.stationId(), 7, 0);
		assertThat(early.plans()).isEqualTo(1);
		assertThat(early.expected()).isZero();
		assertThat(early.percent()).isNull();

		// inside the first window: the pass already made is due and made, the other one
		// not yet
		StationScreen.Patrol running = patrolAt(station.stationId(), 9, 0);
		assertThat(running.expected()).isEqualTo(1);
		assertThat(running.done()).isEqualTo(1);
		assertThat(running.percent()).isEqualTo(100.0);

		// the first window over: both of its passes due, one made; the afternoon's not
		StationScreen.Patrol noon = patrolAt(station.stationId(), 12, 0);
		assertThat(noon.expected()).isEqualTo(2);
		assertThat(noon.done()).isEqualTo(1);
		assertThat(noon.percent()).isEqualTo(50.0);

		// the day over: all four
		StationScreen.Patrol evening = patrolAt(station.stationId(), 23, 0);
		assertThat(evening.expected()).isEqualTo(4);
		assertThat(evening.done()).isEqualTo(1);
		assertThat(evening.percent()).isEqualTo(25.0);
	}

}
