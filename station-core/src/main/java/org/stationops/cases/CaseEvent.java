package org.stationops.cases;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;

/**
 * An entry of a case's append-only timeline (the table refuses updates and deletes).
 * Entries with a public note are shown to the reporter on the public tracking page.
 */
@Entity
@Table(name = "case_events")
public class CaseEvent extends AbstractEntity {

	private Long caseId = 0L;

	private Long stationId = 0L;

	private Instant occurredAt = Instant.EPOCH;

	private @Nullable Long officerId;

	private String actor = "";

	@Enumerated(EnumType.STRING)
	private EventType type = EventType.NOTE;

	private String detail = "";

	private @Nullable String publicNote;

	protected CaseEvent() {
	}

	CaseEvent(CaseFile caseFile, Instant at, CaseActor actor, EventType type, String detail,
			@Nullable String publicNote) {
		this.caseId = caseFile.getId();
		this.stationId = caseFile.getStationId();
		this.occurredAt = at;
		this.officerId = actor.officerId();
		this.actor = actor.name();
		this.type = type;
		this.detail = detail;
		this.publicNote = publicNote;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public @Nullable Long getOfficerId() {
		return this.officerId;
	}

	public String getActor() {
		return this.actor;
	}

	public EventType getType() {
		return this.type;
	}

	public String getDetail() {
		return this.detail;
	}

	public @Nullable String getPublicNote() {
		return this.publicNote;
	}

	public boolean isPublic() {
		return this.publicNote != null;
	}

}
