package org.stationops.liaison;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.StationScoped;

/**
 * A liaison visit or contact, logged in the field: purposes, people met, findings, and a
 * hazard with its follow-up task and due date.
 */
@Entity
@Table(name = "liaison_visits")
public class Visit extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private Long enterpriseId = 0L;

	private Long officerId = 0L;

	@Enumerated(EnumType.STRING)
	private VisitMode mode = VisitMode.VISIT;

	private LocalDate visitedOn = LocalDate.EPOCH;

	@Convert(converter = PurposesConverter.class)
	private Set<VisitPurpose> purposes = EnumSet.noneOf(VisitPurpose.class);

	private String peopleMet = "";

	private String findings = "";

	private String hazard = "";

	private String followUpTask = "";

	private @Nullable LocalDate followUpDue;

	private boolean followUpDone;

	private Instant recordedAt = Instant.EPOCH;

	protected Visit() {
	}

	Visit(Long stationId, Long enterpriseId, Long officerId, VisitRecord r, Instant recordedAt) {
		this.stationId = stationId;
		this.enterpriseId = enterpriseId;
		this.officerId = officerId;
		this.mode = r.mode();
		this.visitedOn = r.visitedOn();
		this.purposes = EnumSet.copyOf(r.purposes());
		this.peopleMet = r.peopleMet();
		this.findings = r.findings();
		this.hazard = r.hazard();
		this.followUpTask = r.followUpTask();
		this.followUpDue = r.followUpDue();
		this.recordedAt = recordedAt;
	}

	void completeFollowUp() {
		this.followUpDone = true;
	}

	public boolean isFollowUpOpen() {
		return this.followUpDue != null && !this.followUpDone;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Long getEnterpriseId() {
		return this.enterpriseId;
	}

	public Long getOfficerId() {
		return this.officerId;
	}

	public VisitMode getMode() {
		return this.mode;
	}

	public LocalDate getVisitedOn() {
		return this.visitedOn;
	}

	public Set<VisitPurpose> getPurposes() {
		return this.purposes.isEmpty() ? EnumSet.noneOf(VisitPurpose.class) : EnumSet.copyOf(this.purposes);
	}

	public String getPeopleMet() {
		return this.peopleMet;
	}

	public String getFindings() {
		return this.findings;
	}

	public String getHazard() {
		return this.hazard;
	}

	public String getFollowUpTask() {
		return this.followUpTask;
	}

	public @Nullable LocalDate getFollowUpDue() {
		return this.followUpDue;
	}

	public boolean isFollowUpDone() {
		return this.followUpDone;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
