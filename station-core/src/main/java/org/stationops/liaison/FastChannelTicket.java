package org.stationops.liaison;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.StationScoped;

/**
 * A fast-channel (快速通道) ticket: an enterprise's report or request with response and
 * resolution deadlines set by its urgency, and the incident or case it produced.
 */
@Entity
@Table(name = "fast_channel_tickets")
public class FastChannelTicket extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private Long enterpriseId = 0L;

	private @Nullable Long officerId;

	private String type = "";

	@Enumerated(EnumType.STRING)
	private Urgency urgency = Urgency.NORMAL;

	private String description = "";

	@Enumerated(EnumType.STRING)
	private TicketStatus status = TicketStatus.OPEN;

	private Instant reportedAt = Instant.EPOCH;

	private Instant responseDue = Instant.EPOCH;

	private Instant resolutionDue = Instant.EPOCH;

	private @Nullable Instant respondedAt;

	private @Nullable Instant resolvedAt;

	private boolean onTheSpot;

	private String outcome = "";

	private @Nullable Long incidentId;

	private @Nullable Long caseId;

	protected FastChannelTicket() {
	}

	FastChannelTicket(Long stationId, Long enterpriseId, @Nullable Long officerId, String type, Urgency urgency,
			String description, Instant reportedAt) {
		this.stationId = stationId;
		this.enterpriseId = enterpriseId;
		this.officerId = officerId;
		this.type = type;
		this.urgency = urgency;
		this.description = description;
		this.reportedAt = reportedAt;
		this.responseDue = reportedAt.plus(urgency.response());
		this.resolutionDue = reportedAt.plus(urgency.resolution());
	}

	void respond(Instant at) {
		if (this.respondedAt == null) {
			this.respondedAt = at;
		}
		if (this.status == TicketStatus.OPEN) {
			this.status = TicketStatus.RESPONDED;
		}
	}

	void resolve(Instant at, boolean onTheSpot, String outcome, @Nullable Long incidentId, @Nullable Long caseId) {
		respond(at);
		this.status = TicketStatus.RESOLVED;
		this.resolvedAt = at;
		this.onTheSpot = onTheSpot;
		this.outcome = outcome;
		this.incidentId = incidentId;
		this.caseId = caseId;
	}

	void link(@Nullable Long incidentId, @Nullable Long caseId) {
		this.incidentId = incidentId;
		this.caseId = caseId;
	}

	/**
	 * @return whether the ticket was resolved by its resolution deadline.
	 */
	public boolean isOnTime() {
		return this.resolvedAt != null && !this.resolvedAt.isAfter(this.resolutionDue);
	}

	public boolean isOverdue(Instant now) {
		return this.status != TicketStatus.RESOLVED && now.isAfter(this.resolutionDue);
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Long getEnterpriseId() {
		return this.enterpriseId;
	}

	public @Nullable Long getOfficerId() {
		return this.officerId;
	}

	public String getType() {
		return this.type;
	}

	public Urgency getUrgency() {
		return this.urgency;
	}

	public String getDescription() {
		return this.description;
	}

	public TicketStatus getStatus() {
		return this.status;
	}

	public Instant getReportedAt() {
		return this.reportedAt;
	}

	public Instant getResponseDue() {
		return this.responseDue;
	}

	public Instant getResolutionDue() {
		return this.resolutionDue;
	}

	public @Nullable Instant getRespondedAt() {
		return this.respondedAt;
	}

	public @Nullable Instant getResolvedAt() {
		return this.resolvedAt;
	}

	public boolean isOnTheSpot() {
		return this.onTheSpot;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public @Nullable Long getIncidentId() {
		return this.incidentId;
	}

	public @Nullable Long getCaseId() {
		return this.caseId;
	}

}
