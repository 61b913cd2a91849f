package org.stationops.servicestations;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.RuleViolationException;

/**
 * One entry of a service station's log. Only an alarm links to an incident, and only
 * once.
 */
@Entity
@Table(name = "service_log_entries")
public class ServiceLogEntry extends AbstractEntity {

	static final int MAX_PEOPLE = 500;

	private Long stationId = 0L;

	private Long serviceStationId = 0L;

	@Enumerated(EnumType.STRING)
	private ServiceLogKind kind = ServiceLogKind.CONSULTATION;

	private Instant occurredAt = Instant.EPOCH;

	private int people = 1;

	private String note = "";

	private @Nullable Long incidentId;

	private String recordedBy = "";

	private Instant recordedAt = Instant.EPOCH;

	private @Nullable String formToken;

	protected ServiceLogEntry() {
	}

	/**
	 * Records what the station did. Refuses a suspended station, a time after
	 * {@code now}, and a number of people outside 1–500.
	 */
	ServiceLogEntry(ServiceStation serviceStation, ServiceLogKind kind, Instant occurredAt, int people, String note,
			String recordedBy, Instant now, @Nullable String formToken) {
		if (!serviceStation.isActive()) {
			throw new RuleViolationException("servicestations.log.suspended");
		}
		if (occurredAt.isAfter(now)) {
			throw RuleViolationException.onField("occurredAt", "servicestations.log.future");
		}
		if (people < 1 || people > MAX_PEOPLE) {
			throw RuleViolationException.onField("people", "servicestations.log.people.invalid");
		}
		this.stationId = serviceStation.getStationId();
		this.serviceStationId = java.util.Objects.requireNonNull(serviceStation.getId());
		this.kind = kind;
		this.occurredAt = occurredAt;
		this.people = people;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
		this.formToken = formToken;
	}

	/**
	 * Links the incident the alarm opened. Refuses any other kind and a second link.
	 */
	void linkIncident(Long incidentId) {
		if (!this.kind.opensIncidents()) {
			throw RuleViolationException.onField("openIncident", "servicestations.log.incidentOnlyForAlarm");
		}
		if (this.incidentId != null) {
			throw new RuleViolationException("servicestations.log.incidentAlreadyOpened");
		}
		this.incidentId = incidentId;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Long getServiceStationId() {
		return this.serviceStationId;
	}

	public ServiceLogKind getKind() {
		return this.kind;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public int getPeople() {
		return this.people;
	}

	public String getNote() {
		return this.note;
	}

	public @Nullable Long getIncidentId() {
		return this.incidentId;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
