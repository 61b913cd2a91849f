package org.stationops.consultations;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.Masking;
import org.stationops.shared.RuleViolationException;

/**
 * A consultation or help request. Its verbs check their own preconditions and refuse with
 * a message key; only {@link ConsultationService} calls them.
 */
@Entity
@Table(name = "consultations")
public class Consultation extends AbstractEntity {

	private Long stationId = 0L;

	@Enumerated(EnumType.STRING)
	private Channel channel = Channel.OTHER;

	@Enumerated(EnumType.STRING)
	private Topic topic = Topic.OTHER;

	private String personName = "";

	private String personPhone = "";

	private String question = "";

	private Instant receivedAt = Instant.EPOCH;

	private String receivedBy = "";

	private String answer = "";

	private @Nullable Instant answeredAt;

	private String answeredBy = "";

	private @Nullable Long incidentId;

	private String incidentReceipt = "";

	protected Consultation() {
	}

	Consultation(Long stationId, ConsultationDetails details, String receivedBy) {
		if (details.question().isBlank()) {
			throw RuleViolationException.onField("question", "consultations.question.required");
		}
		this.stationId = stationId;
		this.channel = details.channel();
		this.topic = details.topic();
		this.personName = details.personName();
		this.personPhone = details.personPhone();
		this.question = details.question();
		this.receivedAt = details.receivedAt();
		this.receivedBy = receivedBy;
	}

	void answer(String text, String by, Instant at) {
		if (isAnswered()) {
			throw new RuleViolationException("consultations.answer.already");
		}
		if (text.isBlank()) {
			throw RuleViolationException.onField("answer", "consultations.answer.required");
		}
		if (at.isBefore(this.receivedAt)) {
			throw RuleViolationException.onField("answer", "consultations.answer.beforeReceipt");
		}
		this.answer = text;
		this.answeredBy = by;
		this.answeredAt = at;
	}

	/**
	 * Records the incident opened from this consultation.
	 */
	void becameIncident(Long incidentId, String receipt) {
		if (this.incidentId != null) {
			throw new RuleViolationException("consultations.incident.already");
		}
		this.incidentId = incidentId;
		this.incidentReceipt = receipt;
	}

	/**
	 * Refuses opening a second incident before the first is recorded.
	 */
	void checkNoIncident() {
		if (this.incidentId != null) {
			throw new RuleViolationException("consultations.incident.already");
		}
	}

	public boolean isAnswered() {
		return this.answeredAt != null;
	}

	public boolean becameIncident() {
		return this.incidentId != null;
	}

	/**
	 * @return minutes from receipt to answer, or {@literal null} while unanswered.
	 */
	public @Nullable Long getMinutesToAnswer() {
		return (this.answeredAt != null) ? Duration.between(this.receivedAt, this.answeredAt).toMinutes() : null;
	}

	public String getMaskedPersonPhone() {
		return Masking.phone(this.personPhone);
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public Topic getTopic() {
		return this.topic;
	}

	public String getPersonName() {
		return this.personName;
	}

	public String getPersonPhone() {
		return this.personPhone;
	}

	public String getQuestion() {
		return this.question;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public String getReceivedBy() {
		return this.receivedBy;
	}

	public String getAnswer() {
		return this.answer;
	}

	public @Nullable Instant getAnsweredAt() {
		return this.answeredAt;
	}

	public String getAnsweredBy() {
		return this.answeredBy;
	}

	public @Nullable Long getIncidentId() {
		return this.incidentId;
	}

	public String getIncidentReceipt() {
		return this.incidentReceipt;
	}

}
