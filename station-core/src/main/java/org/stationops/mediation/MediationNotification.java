package org.stationops.mediation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;

/**
 * An in-app notice to a supervisor, e.g. that a dispute was escalated.
 */
@Entity
@Table(name = "mediation_notifications")
public class MediationNotification extends AbstractEntity {

	private Long stationId = 0L;

	private Long recipientId = 0L;

	private Long disputeId = 0L;

	private String message = "";

	private Instant createdAt = Instant.EPOCH;

	private @Nullable Instant readAt;

	protected MediationNotification() {
	}

	MediationNotification(Dispute dispute, Long recipientId, String message, Instant createdAt) {
		this.stationId = dispute.getStationId();
		this.disputeId = dispute.getId();
		this.recipientId = recipientId;
		this.message = message;
		this.createdAt = createdAt;
	}

	void markRead(Instant at) {
		this.readAt = at;
	}

	public boolean isRead() {
		return this.readAt != null;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Long getRecipientId() {
		return this.recipientId;
	}

	public Long getDisputeId() {
		return this.disputeId;
	}

	public String getMessage() {
		return this.message;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable Instant getReadAt() {
		return this.readAt;
	}

}
