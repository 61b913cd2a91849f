package org.stationops.incidents;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.stationops.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stationops.incidents.IncidentFixtures.RECEIVED;

class IncidentTests {

	@Test
	void derivesResponseTimeFromDispatchAndArrival() {
		Incident incident = IncidentFixtures.dispatchedIncident();
		assertThat(incident.responseTime()).isEmpty();
		incident.arrive(RECEIVED.plusSeconds(60 + 150));
		assertThat(incident.responseTime()).contains(Duration.ofSeconds(150));
		assertThat(incident.getStatus()).isEqualTo(IncidentStatus.ON_SCENE);
	}

	@Test
	void averagesResponseTimesOfIncidentsThatHaveOne() {
		Incident a = IncidentFixtures.dispatchedIncident();
		a.arrive(RECEIVED.plusSeconds(60 + 120));
		Incident b = IncidentFixtures.dispatchedIncident();
		b.arrive(RECEIVED.plusSeconds(60 + 240));
		Incident none = IncidentFixtures.receivedIncident();
		assertThat(IncidentService.averageResponse(java.util.List.of(a, b, none))).isEqualTo(Duration.ofMinutes(3));
		assertThat(IncidentService.averageResponse(java.util.List.of(none))).isNull();
	}

	@Test
	void refusesArrivalBeforeDispatchOrWithoutOne() {
		assertThatThrownBy(() -> IncidentFixtures.receivedIncident().arrive(RECEIVED.plusSeconds(60)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.getCode()).isEqualTo("incidents.arrive.notDispatched"));
		assertThatThrownBy(() -> IncidentFixtures.dispatchedIncident().arrive(RECEIVED.plusSeconds(30)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.getCode()).isEqualTo("incidents.arrive.beforeDispatch"));
	}

	@Test
	void refusesDispatchWithoutOfficerOrTeam() {
		assertThatThrownBy(() -> IncidentFixtures.receivedIncident().dispatch(null, " ", RECEIVED))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void disposesOnceAndRecordsClearance() {
		Incident incident = IncidentFixtures.dispatchedIncident();
		incident.dispose(IncidentStatus.RESOLVED_ON_SITE, "现场调解", "", "", RECEIVED.plusSeconds(3600));
		assertThat(incident.getStatus().isOpen()).isFalse();
		assertThat(incident.getClearedAt()).isEqualTo(RECEIVED.plusSeconds(3600));
		assertThatThrownBy(() -> incident.dispose(IncidentStatus.CASE_OPENED, "", "", "", RECEIVED.plusSeconds(7200)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.getCode()).isEqualTo("incidents.error.alreadyDisposed"));
	}

	@Test
	void refusesATransferWithoutReceivingUnitAndAnOpenStatusAsDisposition() {
		assertThatThrownBy(
				() -> IncidentFixtures.receivedIncident().dispose(IncidentStatus.TRANSFERRED, "", " ", "", RECEIVED))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(
				() -> IncidentFixtures.receivedIncident().dispose(IncidentStatus.DISPATCHED, "", "", "", RECEIVED))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void runsTheTwentyFourHourTransferClockFromReceipt() {
		Incident incident = IncidentFixtures.receivedIncident();
		assertThat(incident.transferClock()).isEmpty();
		incident.dispose(IncidentStatus.TRANSFERRED, "", "区市场监督管理局", "", RECEIVED.plusSeconds(600));
		TransferClock clock = incident.transferClock().orElseThrow();
		assertThat(clock.dueAt()).isEqualTo(RECEIVED.plus(Duration.ofHours(24)));
		assertThat(clock.state(RECEIVED.plus(Duration.ofHours(23)))).isEqualTo(TransferClock.State.DUE);
		assertThat(clock.remaining(RECEIVED.plus(Duration.ofHours(23)))).isEqualTo(Duration.ofHours(1));
		assertThat(clock.state(RECEIVED.plus(Duration.ofHours(24)))).isEqualTo(TransferClock.State.DUE);
		assertThat(clock.state(RECEIVED.plus(Duration.ofHours(24)).plusSeconds(1)))
			.isEqualTo(TransferClock.State.OVERDUE);
	}

	@Test
	void stopsTheTransferClockWhenHandedOverOnTimeOrLate() {
		assertThat(new TransferClock(RECEIVED, RECEIVED.plus(Duration.ofHours(20)))
			.state(RECEIVED.plus(Duration.ofDays(5)))).isEqualTo(TransferClock.State.DONE_ON_TIME);
		assertThat(new TransferClock(RECEIVED, RECEIVED.plus(Duration.ofHours(30))).state(RECEIVED))
			.isEqualTo(TransferClock.State.DONE_LATE);
	}

	@Test
	void recordsTheHandOverOnlyForTransferredIncidents() {
		assertThatThrownBy(() -> IncidentFixtures.receivedIncident().completeTransfer(RECEIVED))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void matchesTheQueryCodeIgnoringCaseAndSpaces() {
		Incident incident = IncidentFixtures.receivedIncident();
		assertThat(incident.matchesQueryCode(" abc234 ")).isTrue();
		assertThat(incident.matchesQueryCode("ABC235")).isFalse();
		assertThat(incident.matchesQueryCode("")).isFalse();
	}

	@Test
	void takesPreventabilityFromTheCategory() {
		assertThat(new IncidentCategory("CRIMINAL.THEFT", "CRIMINAL", "盗窃", "Theft", true).isPreventable()).isTrue();
		assertThat(new IncidentCategory("CRIMINAL.FRAUD", "CRIMINAL", "诈骗", "Fraud", false).isPreventable()).isFalse();
		assertThat(new IncidentCategory("CRIMINAL", null, "刑事", "Criminal", false).isTopLevel()).isTrue();
	}

	@Test
	void namesTheFieldsThatDifferBetweenTwoVersions() {
		IncidentDetails mine = IncidentFixtures.details("CRIMINAL.THEFT");
		IncidentDetails theirs = new IncidentDetails(mine.receivedAt(), mine.source(), "CRIMINAL.ROBBERY", "别处",
				mine.areaId(), mine.latitude(), mine.longitude(), mine.reporterName(), mine.reporterPhone(),
				mine.reporterIdNumber(), mine.description());
		assertThat(mine.differingFields(theirs)).containsExactly("categoryCode", "location");
		assertThat(mine.differingFields(mine)).isEmpty();
	}

	@Test
	void keepsTheFirstDispatchAndArrivalWhenAStaleBoardIsClickedAgain() {
		Incident incident = IncidentFixtures.dispatchedIncident();
		incident.arrive(RECEIVED.plusSeconds(60 + 150));
		incident.arrive(RECEIVED.plusSeconds(60 + 900));
		incident.dispatch(8L, "", RECEIVED.plusSeconds(1200));
		assertThat(incident.getAssignedOfficerId()).isEqualTo(8L);
		assertThat(incident.responseTime()).contains(Duration.ofSeconds(150));
		assertThat(incident.getStatus()).isEqualTo(IncidentStatus.ON_SCENE);
	}

	@Test
	void refusesDispatchOrArrivalOnceCleared() {
		Incident incident = IncidentFixtures.dispatchedIncident();
		incident.clear(RECEIVED.plusSeconds(600));
		incident.clear(RECEIVED.plusSeconds(900));
		assertThat(incident.getClearedAt()).isEqualTo(RECEIVED.plusSeconds(600));
		assertThatThrownBy(() -> incident.arrive(RECEIVED.plusSeconds(1200))).isInstanceOfSatisfying(
				RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("incidents.error.alreadyCleared"));
		assertThatThrownBy(() -> incident.dispatch(8L, "", RECEIVED.plusSeconds(1200)))
			.isInstanceOf(RuleViolationException.class);
		assertThat(incident.getStatus()).isEqualTo(IncidentStatus.CLEARED);
	}

}
