package org.stationops.cases;

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
 * A suspect of a case; every status change is timestamped here and on the timeline.
 */
@Entity
@Table(name = "case_suspects")
public class Suspect extends AbstractEntity {

	private Long caseId = 0L;

	private Long stationId = 0L;

	private String name = "";

	private String idNumber = "";

	@Enumerated(EnumType.STRING)
	private SuspectStatus status = SuspectStatus.AT_LARGE;

	private Instant statusChangedAt = Instant.EPOCH;

	private @Nullable Instant arrivedAt;

	@Enumerated(EnumType.STRING)
	private @Nullable QuestioningGround questioningGround;

	protected Suspect() {
	}

	Suspect(CaseFile caseFile, String name, String idNumber, SuspectStatus status, Instant at) {
		this.caseId = caseFile.getId();
		this.stationId = caseFile.getStationId();
		this.name = name;
		this.idNumber = idNumber;
		this.status = status;
		this.statusChangedAt = at;
	}

	void changeStatus(SuspectStatus status, Instant at) {
		this.status = status;
		this.statusChangedAt = at;
	}

	/**
	 * Records the suspect's arrival (到案) and the ground of 询问查证, from which its clock
	 * runs. An arrival in the future is refused, as is a ground the law in force at the
	 * arrival does not know (12 hours only under the 2025 law).
	 */
	void recordArrival(Instant arrivedAt, QuestioningGround ground, Instant now) {
		if (arrivedAt.isAfter(now)) {
			throw RuleViolationException.onField("arrivedAt", "cases.suspect.arrivalInFuture");
		}
		DeadlineEngine.questioning(PunishmentLaw.of(arrivedAt), arrivedAt, ground);
		this.arrivedAt = arrivedAt;
		this.questioningGround = ground;
	}

	public @Nullable Instant getArrivedAt() {
		return this.arrivedAt;
	}

	public @Nullable QuestioningGround getQuestioningGround() {
		return this.questioningGround;
	}

	/**
	 * @return the instant 询问查证 must end, under the law in force at the arrival, or
	 * {@literal null} when no arrival is recorded.
	 */
	public @Nullable Instant getQuestioningDueAt() {
		Instant at = this.arrivedAt;
		QuestioningGround ground = this.questioningGround;
		if (at == null || ground == null) {
			return null;
		}
		return DeadlineEngine.questioning(PunishmentLaw.of(at), at, ground);
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getName() {
		return this.name;
	}

	public String getIdNumber() {
		return this.idNumber;
	}

	public String getMaskedIdNumber() {
		return Masking.idNumber(this.idNumber);
	}

	public SuspectStatus getStatus() {
		return this.status;
	}

	public Instant getStatusChangedAt() {
		return this.statusChangedAt;
	}

}
