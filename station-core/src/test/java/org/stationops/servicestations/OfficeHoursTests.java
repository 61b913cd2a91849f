package org.stationops.servicestations;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.stationops.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficeHoursTests {

	@Test
	void cutsTheHoursIntoWholeSlots() {
		ServiceStation at = ServiceStationFixtures.saved(ServiceStationFixtures.activeStation(), 5L);
		OfficeHours hours = new OfficeHours(at, 7L, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 40), 30, 2);
		assertThat(hours.slotStarts()).containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0));
		assertThat(hours.overlaps(DayOfWeek.MONDAY, LocalTime.of(10, 30), LocalTime.of(11, 0))).isTrue();
		assertThat(hours.overlaps(DayOfWeek.MONDAY, LocalTime.of(10, 40), LocalTime.of(11, 0))).isFalse();
		assertThat(hours.overlaps(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(11, 0))).isFalse();
	}

	@Test
	void refusesHoursEndingBeforeTheyStart() {
		ServiceStation at = ServiceStationFixtures.saved(ServiceStationFixtures.activeStation(), 5L);
		assertThatThrownBy(
				() -> new OfficeHours(at, 7L, DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(9, 0), 30, 2))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.getField()).isEqualTo("endsAt"));
	}

}
