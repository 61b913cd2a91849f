package org.stationops.antifraud;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;

/**
 * A publicity session (反诈宣传) or anti-fraud night school (反诈夜校).
 */
@Entity
@Table(name = "fraud_publicity_sessions")
public class PublicitySession extends AbstractEntity {

	private Long stationId = 0L;

	private LocalDate heldOn = LocalDate.EPOCH;

	@Enumerated(EnumType.STRING)
	private SessionKind kind = SessionKind.PUBLICITY;

	private String venue = "";

	private String audience = "";

	private int headcount;

	private @Nullable Long officerId;

	protected PublicitySession() {
	}

	PublicitySession(Long stationId, LocalDate heldOn, SessionKind kind, String venue, String audience, int headcount,
			@Nullable Long officerId) {
		this.stationId = stationId;
		this.heldOn = heldOn;
		this.kind = kind;
		this.venue = venue;
		this.audience = audience;
		this.headcount = headcount;
		this.officerId = officerId;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public SessionKind getKind() {
		return this.kind;
	}

	public String getVenue() {
		return this.venue;
	}

	public String getAudience() {
		return this.audience;
	}

	public int getHeadcount() {
		return this.headcount;
	}

	public @Nullable Long getOfficerId() {
		return this.officerId;
	}

}
