package org.stationops.servicestations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.Masking;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.StationScoped;

/**
 * A resident's appointment at a service station, from booking to the outcome: handled on
 * the spot, or taken back to the police station (带回代办) and completed later, or a no-show.
 * Verbs refuse with a message key.
 */
@Entity
@Table(name = "appointments")
public class Appointment extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private Long serviceStationId = 0L;

	private @Nullable Long officerId;

	private Instant slotStart = Instant.EPOCH;

	@Enumerated(EnumType.STRING)
	private BookableService service = BookableService.CONSULTATION;

	private String residentName = "";

	private String residentPhone = "";

	private String note = "";

	private String reference = "";

	private String queryCode = "";

	private @Nullable String submissionKey;

	@Enumerated(EnumType.STRING)
	private AppointmentStatus status = AppointmentStatus.BOOKED;

	private String outcome = "";

	private Instant createdAt = Instant.EPOCH;

	private @Nullable Instant handledAt;

	private String handledBy = "";

	protected Appointment() {
	}

	Appointment(ServiceStation at, @Nullable Long officerId, Instant slotStart, BookingRequest request,
			String reference, String queryCode, Instant now) {
		this(at, officerId, slotStart, request, reference, queryCode, now, null);
	}

	/**
	 * @param submissionKey the key of the form that booked it, or {@literal null}.
	 */
	Appointment(ServiceStation at, @Nullable Long officerId, Instant slotStart, BookingRequest request,
			String reference, String queryCode, Instant now, @Nullable String submissionKey) {
		this.submissionKey = submissionKey;
		this.stationId = at.getStationId();
		this.serviceStationId = java.util.Objects.requireNonNull(at.getId());
		this.officerId = officerId;
		this.slotStart = slotStart;
		this.service = request.service();
		this.residentName = request.name();
		this.residentPhone = request.phone();
		this.note = request.note();
		this.reference = reference;
		this.queryCode = queryCode;
		this.createdAt = now;
	}

	/**
	 * The resident cancels; only a booked appointment whose slot has not begun.
	 */
	void cancel(Instant now) {
		if (this.status != AppointmentStatus.BOOKED) {
			throw new RuleViolationException("servicestations.appointment.notBooked");
		}
		if (!now.isBefore(this.slotStart)) {
			throw new RuleViolationException("servicestations.appointment.cancelTooLate");
		}
		this.status = AppointmentStatus.CANCELLED;
	}

	/**
	 * Handled on the spot (当场办结).
	 */
	void handle(String outcome, Instant at, String by) {
		requireBooked();
		requireOutcome(outcome);
		finish(AppointmentStatus.HANDLED, outcome, at, by);
	}

	/**
	 * Taken back to the police station to be done there (带回代办).
	 */
	void takeBack(String note, Instant at, String by) {
		requireBooked();
		requireOutcome(note);
		finish(AppointmentStatus.TAKEN_BACK, note, at, by);
	}

	/**
	 * Completes what was taken back, with its outcome.
	 */
	void complete(String outcome, Instant at, String by) {
		if (this.status != AppointmentStatus.TAKEN_BACK) {
			throw new RuleViolationException("servicestations.appointment.notTakenBack");
		}
		requireOutcome(outcome);
		finish(AppointmentStatus.COMPLETED, outcome, at, by);
	}

	/**
	 * The resident did not come; only once the slot has begun.
	 */
	void markNoShow(Instant at, String by) {
		requireBooked();
		if (at.isBefore(this.slotStart)) {
			throw new RuleViolationException("servicestations.appointment.noShowTooEarly");
		}
		finish(AppointmentStatus.NO_SHOW, "", at, by);
	}

	private void finish(AppointmentStatus next, String text, Instant at, String by) {
		this.status = next;
		this.outcome = text;
		this.handledAt = at;
		this.handledBy = by;
	}

	private void requireBooked() {
		if (this.status != AppointmentStatus.BOOKED) {
			throw new RuleViolationException("servicestations.appointment.notBooked");
		}
	}

	private static void requireOutcome(String outcome) {
		if (outcome.isBlank()) {
			throw RuleViolationException.onField("outcome", "servicestations.appointment.outcomeRequired");
		}
	}

	/**
	 * @return whether the resident's query code matches, compared in constant time.
	 */
	public boolean matchesQueryCode(String code) {
		return MessageDigest.isEqual(this.queryCode.getBytes(StandardCharsets.UTF_8),
				code.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Long getServiceStationId() {
		return this.serviceStationId;
	}

	public @Nullable Long getOfficerId() {
		return this.officerId;
	}

	public Instant getSlotStart() {
		return this.slotStart;
	}

	public BookableService getService() {
		return this.service;
	}

	public String getResidentName() {
		return this.residentName;
	}

	public String getResidentPhone() {
		return this.residentPhone;
	}

	public String getMaskedResidentPhone() {
		return Masking.phone(this.residentPhone);
	}

	public String getNote() {
		return this.note;
	}

	public String getReference() {
		return this.reference;
	}

	public String getQueryCode() {
		return this.queryCode;
	}

	public AppointmentStatus getStatus() {
		return this.status;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable Instant getHandledAt() {
		return this.handledAt;
	}

	public String getHandledBy() {
		return this.handledBy;
	}

}
