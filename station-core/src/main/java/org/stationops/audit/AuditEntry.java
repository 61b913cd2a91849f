package org.stationops.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One access to personal data. Append-only.
 */
@Entity
@Table(name = "audit_entries")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private @Nullable Long stationId;

	private String username = "";

	private String action = "";

	private String subjectType = "";

	private String subjectId = "";

	private @Nullable String subjectLabel;

	private Instant occurredAt = Instant.EPOCH;

	protected AuditEntry() {
	}

	AuditEntry(@Nullable Long stationId, String username, String action, String subjectType, String subjectId,
			@Nullable String subjectLabel, Instant occurredAt) {
		this.subjectLabel = subjectLabel;
		this.stationId = stationId;
		this.username = username;
		this.action = action;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.occurredAt = occurredAt;
	}

	/**
	 * @return the number people know the record by (receipt no., case no., dispute no.),
	 * or {@literal null} if the entry has none.
	 */
	public @Nullable String getSubjectLabel() {
		return this.subjectLabel;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public @Nullable Long getStationId() {
		return this.stationId;
	}

	public String getUsername() {
		return this.username;
	}

	public String getAction() {
		return this.action;
	}

	public String getSubjectType() {
		return this.subjectType;
	}

	public String getSubjectId() {
		return this.subjectId;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

}
