package org.stationops.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;

/**
 * An entry of a case's append-only timeline (the table refuses updates and deletes).
 * Codes are typed columns (stages, decision, reason, pause reason, suspect statuses,
 * particular kind, day, amount, changed fields); {@link #getDetail()} holds only free
 * text (a note, a name, a description, a comment, the case number). Entries with a public
 * note are shown to the reporter on the public tracking page.
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

	@Enumerated(EnumType.STRING)
	private @Nullable CaseStage stageFrom;

	@Enumerated(EnumType.STRING)
	private @Nullable CaseStage stageTo;

	@Enumerated(EnumType.STRING)
	private @Nullable Decision decision;

	private @Nullable String reasonCode;

	@Enumerated(EnumType.STRING)
	private @Nullable PauseReason pauseReason;

	@Enumerated(EnumType.STRING)
	private @Nullable SuspectStatus statusFrom;

	@Enumerated(EnumType.STRING)
	private @Nullable SuspectStatus statusTo;

	@Enumerated(EnumType.STRING)
	private @Nullable ParticularKind particularKind;

	private @Nullable String reference;

	private @Nullable LocalDate day;

	private @Nullable BigDecimal amount;

	private String[] changedFields = new String[0];

	private boolean imported;

	protected CaseEvent() {
	}

	CaseEvent(CaseFile caseFile, Instant at, CaseActor actor, EventType type) {
		this.caseId = caseFile.getId();
		this.stationId = caseFile.getStationId();
		this.occurredAt = at;
		this.officerId = actor.officerId();
		this.actor = actor.name();
		this.type = type;
	}

	CaseEvent text(String detail) {
		this.detail = detail;
		return this;
	}

	CaseEvent publicNote(@Nullable String publicNote) {
		this.publicNote = publicNote;
		return this;
	}

	CaseEvent stages(CaseStage from, CaseStage to) {
		this.stageFrom = from;
		this.stageTo = to;
		return this;
	}

	CaseEvent decision(Decision decision) {
		this.decision = decision;
		return this;
	}

	CaseEvent reason(String reasonCode) {
		this.reasonCode = reasonCode;
		return this;
	}

	CaseEvent pause(PauseReason reason) {
		this.pauseReason = reason;
		return this;
	}

	CaseEvent statuses(@Nullable SuspectStatus from, SuspectStatus to) {
		this.statusFrom = from;
		this.statusTo = to;
		return this;
	}

	CaseEvent particular(ParticularKind kind, @Nullable BigDecimal amount) {
		this.particularKind = kind;
		this.amount = amount;
		return this;
	}

	CaseEvent reference(String reference) {
		this.reference = reference;
		return this;
	}

	CaseEvent day(LocalDate day) {
		this.day = day;
		return this;
	}

	CaseEvent imported(boolean imported) {
		this.imported = imported;
		return this;
	}

	CaseEvent fields(List<String> fields) {
		this.changedFields = fields.toArray(String[]::new);
		return this;
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

	/**
	 * @return the free text of the entry: a note, a suspect's name, a particular's
	 * description, a return comment or the case number.
	 */
	public String getDetail() {
		return this.detail;
	}

	public @Nullable String getPublicNote() {
		return this.publicNote;
	}

	public boolean isPublic() {
		return this.publicNote != null;
	}

	public @Nullable CaseStage getStageFrom() {
		return this.stageFrom;
	}

	public @Nullable CaseStage getStageTo() {
		return this.stageTo;
	}

	public @Nullable Decision getDecision() {
		return this.decision;
	}

	public @Nullable String getReasonCode() {
		return this.reasonCode;
	}

	public @Nullable PauseReason getPauseReason() {
		return this.pauseReason;
	}

	public @Nullable SuspectStatus getStatusFrom() {
		return this.statusFrom;
	}

	public @Nullable SuspectStatus getStatusTo() {
		return this.statusTo;
	}

	public @Nullable ParticularKind getParticularKind() {
		return this.particularKind;
	}

	public @Nullable String getReference() {
		return this.reference;
	}

	public @Nullable LocalDate getDay() {
		return this.day;
	}

	public @Nullable BigDecimal getAmount() {
		return this.amount;
	}

	public List<String> getChangedFields() {
		return List.of(this.changedFields);
	}

	/**
	 * @return whether the entry was taken over from an earlier system.
	 */
	public boolean isImported() {
		return this.imported;
	}

	/**
	 * @return whether the public note is an addition to an entry of its own kind (a stage
	 * change), not the entry's whole content (a public note).
	 */
	public boolean hasPublicAddendum() {
		return this.publicNote != null && this.type != EventType.NOTE;
	}

}
