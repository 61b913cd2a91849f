package org.stationops.patrol;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.RuleViolationException;

/**
 * A shift patrolled against a plan: started, checked in at the plan's checkpoints, ended
 * with the volunteers' headcount and notes. Check-ins and findings are taken only while
 * the shift is open.
 */
@Entity
@Table(name = "patrol_shifts")
public class PatrolShift extends AbstractEntity {

	/** A check-in further than this from its checkpoint is flagged. */
	public static final int FAR_METRES = 200;

	/** The same checkpoint scanned again within this time is the same scan sent twice. */
	static final Duration REPLAY_GAP = Duration.ofMinutes(2);

	private Long stationId = 0L;

	private Long planId = 0L;

	private Long unitId = 0L;

	private String startedBy = "";

	private Instant startedAt = Instant.EPOCH;

	private @Nullable Instant endedAt;

	private String participants = "";

	private int volunteerHeadcount;

	private String notes = "";

	@ElementCollection
	@CollectionTable(name = "patrol_check_ins", joinColumns = @JoinColumn(name = "shift_id"))
	@OrderColumn(name = "ordinal")
	private List<CheckIn> checkIns = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "patrol_findings", joinColumns = @JoinColumn(name = "shift_id"))
	@OrderColumn(name = "ordinal")
	private List<Finding> findings = new ArrayList<>();

	protected PatrolShift() {
	}

	PatrolShift(PatrolPlan plan, String startedBy, String participants, Instant startedAt) {
		this.stationId = plan.getStationId();
		this.planId = plan.getId();
		this.unitId = plan.getUnitId();
		this.startedBy = startedBy;
		this.participants = participants;
		this.startedAt = startedAt;
	}

	/**
	 * Records a pass at a checkpoint of the plan.
	 * @param distanceMetres how far the phone was, or {@literal null} without a position.
	 * @throws RuleViolationException when the shift has ended, the checkpoint is not on
	 * the plan, the time is before the start, or the same checkpoint was checked in less
	 * than {@link #REPLAY_GAP} ago (a scan sent twice).
	 */
	CheckIn checkIn(PatrolPlan plan, Long checkpointId, Instant at, @Nullable Double latitude,
			@Nullable Double longitude, @Nullable Integer distanceMetres) {
		requireOpen();
		if (!plan.getId().equals(this.planId) || !plan.passesThrough(checkpointId)) {
			throw new RuleViolationException("patrol.checkIn.notOnPlan");
		}
		if (at.isBefore(this.startedAt)) {
			throw new RuleViolationException("patrol.checkIn.beforeStart");
		}
		for (CheckIn earlier : this.checkIns) {
			if (earlier.getCheckpointId().equals(checkpointId)
					&& Duration.between(earlier.getAt(), at).abs().compareTo(REPLAY_GAP) < 0) {
				throw new RuleViolationException("patrol.checkIn.duplicate");
			}
		}
		CheckIn checkIn = new CheckIn(checkpointId, at, latitude, longitude, distanceMetres);
		this.checkIns.add(checkIn);
		return checkIn;
	}

	void addFinding(String description, Long incidentId, Instant at) {
		requireOpen();
		this.findings.add(new Finding(at, description, incidentId));
	}

	void end(Instant at, int volunteerHeadcount, String notes) {
		requireOpen();
		if (at.isBefore(this.startedAt)) {
			throw new RuleViolationException("patrol.shift.endBeforeStart");
		}
		if (volunteerHeadcount < 0 || volunteerHeadcount > 500) {
			throw RuleViolationException.onField("volunteerHeadcount", "patrol.shift.headcountRange");
		}
		this.endedAt = at;
		this.volunteerHeadcount = volunteerHeadcount;
		this.notes = notes;
	}

	private void requireOpen() {
		if (this.endedAt != null) {
			throw new RuleViolationException("patrol.shift.ended");
		}
	}

	public boolean isOpen() {
		return this.endedAt == null;
	}

	/**
	 * @return the volunteers' hours of an ended shift (headcount × duration, to a tenth
	 * of an hour), zero while open.
	 */
	public BigDecimal volunteerHours() {
		if (this.endedAt == null) {
			return BigDecimal.ZERO;
		}
		long minutes = Duration.between(this.startedAt, this.endedAt).toMinutes();
		return BigDecimal.valueOf(minutes * this.volunteerHeadcount)
			.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
	}

	/**
	 * @return how often each checkpoint was checked in.
	 */
	public long passesAt(Long checkpointId) {
		return this.checkIns.stream().filter(c -> c.getCheckpointId().equals(checkpointId)).count();
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public String getStartedBy() {
		return this.startedBy;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public @Nullable Instant getEndedAt() {
		return this.endedAt;
	}

	public String getParticipants() {
		return this.participants;
	}

	public int getVolunteerHeadcount() {
		return this.volunteerHeadcount;
	}

	public String getNotes() {
		return this.notes;
	}

	public List<CheckIn> getCheckIns() {
		return List.copyOf(this.checkIns);
	}

	public List<Finding> getFindings() {
		return List.copyOf(this.findings);
	}

}
