package org.stationops.patrol;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/**
 * Something the patrol found, registered as an incident in the same step.
 */
@Embeddable
public class Finding {

	private Instant at = Instant.EPOCH;

	private String description = "";

	private Long incidentId = 0L;

	protected Finding() {
	}

	Finding(Instant at, String description, Long incidentId) {
		this.at = at;
		this.description = description;
		this.incidentId = incidentId;
	}

	public Instant getAt() {
		return this.at;
	}

	public String getDescription() {
		return this.description;
	}

	public Long getIncidentId() {
		return this.incidentId;
	}

}
