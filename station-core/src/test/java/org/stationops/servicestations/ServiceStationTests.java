package org.stationops.servicestations;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.stationops.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stationops.servicestations.ServiceStationFixtures.activeStation;
import static org.stationops.servicestations.ServiceStationFixtures.details;
import static org.stationops.servicestations.ServiceStationFixtures.mobileRoom;
import static org.stationops.servicestations.ServiceStationFixtures.nightMarketStation;

class ServiceStationTests {

	@Test
	void refusesSuspensionWithoutReasonAndLeavesTheStationActive() {
		ServiceStation station = activeStation();
		assertThatThrownBy(() -> station.suspend(" ")).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("servicestations.suspend.reasonRequired"));
		assertThat(station.isActive()).isTrue();
	}

	@Test
	void suspendedStationIsNotStaffedUntilReactivated() {
		ServiceStation station = activeStation();
		station.suspend("门岗装修");
		assertThat(station.isStaffedAt(LocalTime.NOON)).isFalse();
		assertThat(station.getSuspensionReason()).isEqualTo("门岗装修");
		assertThatThrownBy(() -> station.suspend("again")).isInstanceOf(RuleViolationException.class);
		station.reactivate();
		assertThat(station.isStaffedAt(LocalTime.NOON)).isTrue();
		assertThat(station.getSuspensionReason()).isEmpty();
		assertThatThrownBy(station::reactivate).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("servicestations.reactivate.notSuspended"));
	}

	@Test
	void hoursAcrossMidnightIncludeTheNightAndExcludeTheDay() {
		ServiceStation station = nightMarketStation();
		assertThat(station.isOpenAt(LocalTime.of(23, 30))).isTrue();
		assertThat(station.isOpenAt(LocalTime.of(1, 59))).isTrue();
		assertThat(station.isOpenAt(LocalTime.of(2, 0))).isFalse();
		assertThat(station.isOpenAt(LocalTime.of(12, 0))).isFalse();
		assertThat(activeStation().isOpenAt(LocalTime.of(20, 0))).isFalse();
		assertThat(activeStation().isOpenAt(LocalTime.of(8, 0))).isTrue();
	}

	@Test
	void refusesMoreGuardsOnDutyThanItsCapacity() {
		ServiceStationDetails d = details(ServiceStationKind.SECURITY_SERVICE_STATION, true, null, null);
		ServiceStationDetails tooMany = new ServiceStationDetails(d.name(), d.kind(), d.hostUnit(), null, d.address(),
				null, d.latitude(), d.longitude(), "", true, null, null, 2, 3, null, d.openedOn(), d.equipment());
		assertThatThrownBy(() -> new ServiceStation(1L, tooMany)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.getField()).isEqualTo("guardsOnDuty"));
	}

	@Test
	void refusesMissingHoursUnlessOpenRoundTheClock() {
		assertThatThrownBy(
				() -> new ServiceStation(1L, details(ServiceStationKind.POLICE_ROOM, false, null, LocalTime.of(18, 0))))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.getCode()).isEqualTo("servicestations.hours.required"));
	}

	@Test
	void onlyAMobilePoliceRoomMovesAndKeepsItsPost() {
		assertThatThrownBy(() -> activeStation().move(28.61, 115.91, "广场")).isInstanceOfSatisfying(
				RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("servicestations.move.notMobile"));
		ServiceStation mobile = mobileRoom();
		mobile.move(31.14, 121.43, "南方商场北广场");
		assertThat(mobile.getLatitude()).isEqualTo(31.14);
		assertThat(mobile.getTodaysPost()).isEqualTo("南方商场北广场");
		assertThat(activeStation().getTodaysPost()).isEmpty();
	}

}
