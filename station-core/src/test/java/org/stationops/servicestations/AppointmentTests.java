package org.stationops.servicestations;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.stationops.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppointmentTests {

	static final Instant SLOT = Instant.parse("2026-12-03T06:00:00Z");

	static Appointment bookedAppointment() {
		ServiceStation at = ServiceStationFixtures.saved(ServiceStationFixtures.activeStation(), 5L);
		return new Appointment(at, 7L, SLOT, new BookingRequest(5L, BookableService.CERTIFICATE,
				LocalDateTime.of(2026, 12, 3, 14, 0), "刘维汉", "13907910001", ""), "YY261202-00001", "ABC234",
				SLOT.minusSeconds(86_400));
	}

	@Test
	void takenBackAppointmentIsCompletedLaterWithItsOutcome() {
		Appointment appointment = bookedAppointment();
		appointment.takeBack("户籍证明需所内盖章", SLOT, "ds.officer");
		assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.TAKEN_BACK);
		assertThatThrownBy(() -> appointment.complete(" ", SLOT, "ds.officer"))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.getField()).isEqualTo("outcome"));
		appointment.complete("证明已开具，居民已领取", SLOT.plusSeconds(86_400), "ds.officer");
		assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.COMPLETED);
		assertThat(appointment.getOutcome()).isEqualTo("证明已开具，居民已领取");
	}

	@Test
	void refusesCompletingWhatWasNotTakenBack() {
		assertThatThrownBy(() -> bookedAppointment().complete("done", SLOT, "x")).isInstanceOfSatisfying(
				RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("servicestations.appointment.notTakenBack"));
	}

	@Test
	void refusesNoShowBeforeTheSlotAndCancellationAfterItBegan() {
		Appointment appointment = bookedAppointment();
		assertThatThrownBy(() -> appointment.markNoShow(SLOT.minusSeconds(60), "x")).isInstanceOfSatisfying(
				RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("servicestations.appointment.noShowTooEarly"));
		assertThatThrownBy(() -> appointment.cancel(SLOT)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("servicestations.appointment.cancelTooLate"));
		appointment.markNoShow(SLOT.plusSeconds(900), "x");
		assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.NO_SHOW);
		assertThatThrownBy(() -> appointment.handle("late", SLOT, "x")).isInstanceOf(RuleViolationException.class);
	}

	@Test
	void matchesTheQueryCodeIgnoringCaseAndSpaces() {
		assertThat(bookedAppointment().matchesQueryCode(" abc234 ")).isTrue();
		assertThat(bookedAppointment().matchesQueryCode("ABC235")).isFalse();
	}

}
