package org.stationops.analysis;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.StationScoped;

/**
 * Prevention advice (防范建议) a supervisor writes to an enterprise, a compound or a service
 * station from a hotspot or a run of similar incidents. Its verbs check their own
 * preconditions and refuse with a message key: edit only while a draft, send a draft (on
 * a day up to today: advice sent on paper may be entered later), record the reply to sent
 * advice, and review whether the pattern changed once at least a week has passed since it
 * was sent.
 */
@Entity
@Table(name = "prevention_advice")
public class PreventionAdvice extends AbstractEntity implements StationScoped {

	/** A review needs at least this many days after sending. */
	public static final int REVIEW_AFTER_DAYS = 7;

	private Long stationId = 0L;

	@Enumerated(EnumType.STRING)
	private AdviceTarget targetKind = AdviceTarget.ENTERPRISE;

	private Long targetId = 0L;

	private String targetName = "";

	private @Nullable Long areaId;

	private @Nullable String categoryCode;

	private String basis = "";

	private String advice = "";

	@Enumerated(EnumType.STRING)
	private AdviceStatus status = AdviceStatus.DRAFT;

	private String writtenBy = "";

	private Instant writtenAt = Instant.EPOCH;

	private @Nullable LocalDate sentOn;

	private @Nullable LocalDate replyOn;

	private String replyText = "";

	private @Nullable LocalDate reviewedOn;

	@Enumerated(EnumType.STRING)
	private @Nullable PatternOutcome outcome;

	private String reviewNote = "";

	protected PreventionAdvice() {
	}

	PreventionAdvice(Long stationId, AdviceDetails details, String targetName, String writtenBy, Instant writtenAt) {
		this.stationId = stationId;
		this.writtenBy = writtenBy;
		this.writtenAt = writtenAt;
		apply(details, targetName);
	}

	void edit(AdviceDetails details, String targetName) {
		if (this.status != AdviceStatus.DRAFT) {
			throw new RuleViolationException("advice.edit.notDraft");
		}
		apply(details, targetName);
	}

	private void apply(AdviceDetails details, String targetName) {
		if (details.advice().isBlank()) {
			throw RuleViolationException.onField("advice", "advice.advice.required");
		}
		this.targetKind = details.targetKind();
		this.targetId = details.targetId();
		this.targetName = targetName;
		this.areaId = details.areaId();
		this.categoryCode = details.categoryCode();
		this.basis = details.basis();
		this.advice = details.advice();
	}

	void send(LocalDate on, LocalDate today) {
		if (this.status != AdviceStatus.DRAFT) {
			throw new RuleViolationException("advice.send.notDraft");
		}
		if (on.isAfter(today)) {
			throw RuleViolationException.onField("on", "advice.date.future");
		}
		this.sentOn = on;
		this.status = AdviceStatus.SENT;
	}

	void recordReply(LocalDate on, String text, LocalDate today) {
		if (this.status != AdviceStatus.SENT || this.sentOn == null) {
			throw new RuleViolationException("advice.reply.notSent");
		}
		if (text.isBlank()) {
			throw RuleViolationException.onField("text", "advice.reply.required");
		}
		if (on.isAfter(today)) {
			throw RuleViolationException.onField("on", "advice.date.future");
		}
		if (on.isBefore(this.sentOn)) {
			throw RuleViolationException.onField("on", "advice.reply.beforeSent");
		}
		this.replyOn = on;
		this.replyText = text;
		this.status = AdviceStatus.REPLIED;
	}

	/**
	 * Reviews sent advice, answered or not (a target may never reply).
	 */
	void review(PatternOutcome outcome, String note, LocalDate today) {
		if ((this.status != AdviceStatus.SENT && this.status != AdviceStatus.REPLIED) || this.sentOn == null) {
			throw new RuleViolationException("advice.review.notSent");
		}
		if (today.isBefore(this.sentOn.plusDays(REVIEW_AFTER_DAYS))) {
			throw new RuleViolationException("advice.review.tooEarly");
		}
		this.outcome = outcome;
		this.reviewNote = note;
		this.reviewedOn = today;
		this.status = AdviceStatus.REVIEWED;
	}

	public AdviceDetails details() {
		return new AdviceDetails(this.targetKind, this.targetId, this.areaId, this.categoryCode, this.basis,
				this.advice);
	}

	@Override
	public Long getStationId() {
		return this.stationId;
	}

	public AdviceTarget getTargetKind() {
		return this.targetKind;
	}

	public Long getTargetId() {
		return this.targetId;
	}

	public String getTargetName() {
		return this.targetName;
	}

	public @Nullable Long getAreaId() {
		return this.areaId;
	}

	public @Nullable String getCategoryCode() {
		return this.categoryCode;
	}

	public String getBasis() {
		return this.basis;
	}

	public String getAdvice() {
		return this.advice;
	}

	public AdviceStatus getStatus() {
		return this.status;
	}

	public String getWrittenBy() {
		return this.writtenBy;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

	public @Nullable LocalDate getSentOn() {
		return this.sentOn;
	}

	public @Nullable LocalDate getReplyOn() {
		return this.replyOn;
	}

	public String getReplyText() {
		return this.replyText;
	}

	public @Nullable LocalDate getReviewedOn() {
		return this.reviewedOn;
	}

	public @Nullable PatternOutcome getOutcome() {
		return this.outcome;
	}

	public String getReviewNote() {
		return this.reviewNote;
	}

}
