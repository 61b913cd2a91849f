package org.stationops.incidents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.stationops.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stationops.incidents.IncidentFixtures.RECEIVED;

class IncidentPriorityTests {

	private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

	@Test
	void takesTheCategorysPriorityUntilAnOfficerOverridesIt() {
		Incident incident = IncidentFixtures.receivedIncident();
		incident.prioritise(IncidentPriority.HIGH);
		assertThat(incident.getPriority()).isEqualTo(IncidentPriority.HIGH);
		incident.overridePriority(IncidentPriority.URGENT);
		incident.prioritise(IncidentPriority.LOW);
		assertThat(incident.getPriority()).isEqualTo(IncidentPriority.URGENT);
		assertThat(incident.isPriorityOverridden()).isTrue();
	}

	@Test
	void refusesAnUnchangedPriorityAndAnyChangeOnceTheSceneIsCleared() {
		Incident incident = IncidentFixtures.dispatchedIncident();
		incident.prioritise(IncidentPriority.NORMAL);
		assertThatThrownBy(() -> incident.overridePriority(IncidentPriority.NORMAL)).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.getCode()).isEqualTo("incidents.priority.unchanged"));
		incident.arrive(RECEIVED.plusSeconds(120));
		incident.clear(RECEIVED.plusSeconds(600));
		assertThatThrownBy(() -> incident.overridePriority(IncidentPriority.URGENT)).isInstanceOfSatisfying(
				RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("incidents.error.alreadyCleared"));
	}

	@ParameterizedTest(name = "{0}, dispatched={1}, {2} min old → overdue {3}")
	@CsvSource({ "URGENT, false, 11, true", "URGENT, false, 10, false", "URGENT, false, 9, false",
			"URGENT, true, 60, false", "HIGH, false, 60, false", "NORMAL, false, 600, false" })
	void flagsOnlyUrgentIncidentsWaitingForDispatchLongerThanTheLimit(IncidentPriority priority, boolean dispatched,
			long minutes, boolean overdue) {
		Incident incident = IncidentFixtures.receivedIncident();
		incident.prioritise(priority);
		if (dispatched) {
			incident.dispatch(7L, "", RECEIVED.plusSeconds(30));
		}
		Instant now = RECEIVED.plus(Duration.ofMinutes(minutes));
		assertThat(incident.isOverdueUrgent(now, TEN_MINUTES)).isEqualTo(overdue);
	}

	@Test
	void ordersTheBoardByPriorityThenAge() {
		Incident oldNormal = incident("ML-1", RECEIVED, IncidentPriority.NORMAL);
		Incident newUrgent = incident("ML-2", RECEIVED.plusSeconds(3600), IncidentPriority.URGENT);
		Incident oldUrgent = incident("ML-3", RECEIVED.plusSeconds(60), IncidentPriority.URGENT);
		Incident low = incident("ML-4", RECEIVED.minusSeconds(3600), IncidentPriority.LOW);
		Incident high = incident("ML-5", RECEIVED.plusSeconds(7200), IncidentPriority.HIGH);
		assertThat(List.of(oldNormal, newUrgent, oldUrgent, low, high)
			.stream()
			.sorted(IncidentService.BOARD_ORDER)
			.map(Incident::getReceiptNumber)).containsExactly("ML-3", "ML-2", "ML-5", "ML-1", "ML-4");
	}

	@Test
	void measuresArrivalFromReceipt() {
		Incident incident = IncidentFixtures.dispatchedIncident();
		assertThat(incident.arrivalAfterReceipt()).isEmpty();
		incident.arrive(RECEIVED.plusSeconds(100));
		assertThat(incident.arrivalAfterReceipt()).contains(Duration.ofSeconds(100));
	}

	private static Incident incident(String receipt, Instant received, IncidentPriority priority) {
		IncidentDetails d = IncidentFixtures.details("CRIMINAL.THEFT");
		Incident incident = new Incident(
				1L, receipt, "Q", null, null, new IncidentDetails(received, d.source(), d.categoryCode(), d.location(),
						null, null, null, d.reporterName(), d.reporterPhone(), "", d.description()),
				"ml.duty", received);
		incident.prioritise(priority);
		return incident;
	}

}
