package org.stationops.incidents;

import java.time.Instant;

final class IncidentFixtures {

	static final Instant RECEIVED = Instant.parse("2026-11-25T02:00:00Z");

	private IncidentFixtures() {
	}

	static IncidentDetails details(String categoryCode) {
		return new IncidentDetails(RECEIVED, IncidentSource.EMERGENCY_110, categoryCode, "梅陇一村 12 号楼", null, null, null,
				"王某", "13800138000", "", "电动自行车被盗");
	}

	static Incident receivedIncident() {
		return new Incident(1L, "ML-20261125-0001", "ABC234", null, null, details("CRIMINAL.THEFT"), "ml.duty",
				RECEIVED);
	}

	static Incident dispatchedIncident() {
		Incident incident = receivedIncident();
		incident.dispatch(7L, "", RECEIVED.plusSeconds(60));
		return incident;
	}

}
