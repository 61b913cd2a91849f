package org.stationops.servicestations;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.stationops.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stationops.servicestations.ServiceStationFixtures.activeStation;
import static org.stationops.servicestations.ServiceStationFixtures.saved;

class ServiceLogEntryTests {

	static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

	static ServiceLogEntry entry(ServiceLogKind kind) {
		return new ServiceLogEntry(saved(activeStation(), 5L), kind, NOW.minusSeconds(60), 1, "", "ds.officer", NOW,
				null);
	}

	@Test
	void takesTheStationAndServiceStationOfItsStation() {
		ServiceLogEntry entry = entry(ServiceLogKind.ESCORT_HOME);
		assertThat(entry.getStationId()).isEqualTo(1L);
		assertThat(entry.getServiceStationId()).isEqualTo(5L);
		assertThat(entry.getIncidentId()).isNull();
	}

	@Test
	void alarmLinksOneIncidentOnlyOnce() {
		ServiceLogEntry alarm = entry(ServiceLogKind.QUICK_ALARM);
		alarm.linkIncident(42L);
		assertThat(alarm.getIncidentId()).isEqualTo(42L);
		assertThatThrownBy(() -> alarm.linkIncident(43L)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("servicestations.log.incidentAlreadyOpened"));
		assertThat(alarm.getIncidentId()).isEqualTo(42L);
	}

	@Test
	void refusesAnIncidentForAnythingButAnAlarm() {
		ServiceLogEntry consultation = entry(ServiceLogKind.CONSULTATION);
		assertThatThrownBy(() -> consultation.linkIncident(42L)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("servicestations.log.incidentOnlyForAlarm"));
		assertThat(consultation.getIncidentId()).isNull();
	}

	@Test
	void refusesAnEntryOfASuspendedStation() {
		ServiceStation suspended = saved(activeStation(), 5L);
		suspended.suspend("门岗装修");
		assertThatThrownBy(() -> new ServiceLogEntry(suspended, ServiceLogKind.FIRST_AID, NOW, 1, "", "u", NOW, null))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.getCode()).isEqualTo("servicestations.log.suspended"));
	}

	@Test
	void refusesAFutureTimeAndImplausibleHeadcounts() {
		ServiceStation station = saved(activeStation(), 5L);
		assertThatThrownBy(() -> new ServiceLogEntry(station, ServiceLogKind.FIRST_AID, NOW.plusSeconds(600), 1, "",
				"u", NOW, null))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.getField()).isEqualTo("occurredAt"));
		assertThatThrownBy(() -> new ServiceLogEntry(station, ServiceLogKind.FIRST_AID, NOW, 0, "", "u", NOW, null))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.getField()).isEqualTo("people"));
		assertThatThrownBy(() -> new ServiceLogEntry(station, ServiceLogKind.FIRST_AID, NOW, 501, "", "u", NOW, null))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.getField()).isEqualTo("people"));
	}

}
