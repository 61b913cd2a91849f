package org.stationops.patrol;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.stationops.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatrolUnitTests {

	static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");

	static PatrolUnit car() {
		return new PatrolUnit(1L, new UnitDetails("岱山 1 号车", UnitKind.PATROL_CAR_110, "周警官", "", "", 2), T0);
	}

	@Test
	void startsOffDutyAndComesOnDutyAvailable() {
		PatrolUnit unit = car();
		assertThat(unit.getStatus()).isEqualTo(UnitStatus.OFF_DUTY);
		unit.comeOnDuty(T0.plusSeconds(60));
		assertThat(unit.getStatus()).isEqualTo(UnitStatus.AVAILABLE);
		assertThat(unit.getStatusSince()).isEqualTo(T0.plusSeconds(60));
	}

	@Test
	void movesFromDispatchedToOnSceneToAvailableWithItsIncident() {
		PatrolUnit unit = car();
		unit.comeOnDuty(T0);
		unit.dispatch(42L, T0.plusSeconds(10));
		assertThat(unit.getIncidentId()).isEqualTo(42L);
		unit.arrive(T0.plusSeconds(100));
		assertThat(unit.getStatus()).isEqualTo(UnitStatus.ON_SCENE);
		unit.clear(T0.plusSeconds(900));
		assertThat(unit.getStatus()).isEqualTo(UnitStatus.AVAILABLE);
		assertThat(unit.getIncidentId()).isNull();
	}

	@Test
	void refusesDispatchingAUnitThatIsNotAvailable() {
		PatrolUnit unit = car();
		assertThatThrownBy(() -> unit.dispatch(1L, T0)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("patrol.unit.notAvailable"));
		unit.comeOnDuty(T0);
		unit.dispatch(1L, T0);
		assertThatThrownBy(() -> unit.dispatch(2L, T0)).isInstanceOf(RuleViolationException.class);
		assertThat(unit.getIncidentId()).isEqualTo(1L);
	}

	@Test
	void refusesDispatchingAVolunteerTeam() {
		PatrolUnit team = new PatrolUnit(1L,
				new UnitDetails("岱山平安志愿者队", UnitKind.VOLUNTEER_TEAM, "刘队长", "甲\n乙", "岱山社区", 12), T0);
		team.comeOnDuty(T0);
		assertThatThrownBy(() -> team.dispatch(1L, T0)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("patrol.unit.notDispatchable"));
		assertThat(team.memberNames()).containsExactly("甲", "乙");
	}

	@Test
	void refusesAVolunteerTeamWithoutLeader() {
		assertThatThrownBy(() -> new PatrolUnit(1L, new UnitDetails("队", UnitKind.VOLUNTEER_TEAM, " ", "", "", 5), T0))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.getField()).isEqualTo("leader"));
	}

	@Test
	void refusesArrivalWithoutDispatchAndOffDutyWhileOnAnIncident() {
		PatrolUnit unit = car();
		unit.comeOnDuty(T0);
		assertThatThrownBy(() -> unit.arrive(T0)).isInstanceOf(RuleViolationException.class);
		unit.dispatch(5L, T0);
		assertThatThrownBy(() -> unit.goOffDuty(T0)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("patrol.unit.busy"));
	}

	@Test
	void refusesAStatusChangeBackInTime() {
		PatrolUnit unit = car();
		unit.comeOnDuty(T0.plusSeconds(600));
		assertThatThrownBy(() -> unit.dispatch(1L, T0)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("patrol.unit.timeBeforeStatus"));
		assertThat(unit.getStatus()).isEqualTo(UnitStatus.AVAILABLE);
	}

	@Test
	void keepsTheNewestPositionWhenReportsArriveLate() {
		PatrolUnit unit = car();
		assertThat(unit.reportPosition(28.6, 115.9, T0.plusSeconds(60))).isTrue();
		assertThat(unit.reportPosition(28.7, 115.8, T0)).isFalse();
		assertThat(unit.getLatitude()).isEqualTo(28.6);
		assertThat(unit.getPositionAt()).isEqualTo(T0.plusSeconds(60));
	}

}
