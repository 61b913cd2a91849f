package org.stationops.patrol;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.StationScoped;

/**
 * One look through one camera of a video patrol plan (视频巡逻), with what was seen: nothing,
 * or a finding that became an incident. Created only through {@link VideoPatrolService}.
 */
@Entity
@Table(name = "patrol_video_passes")
public class VideoPass extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private Long planId = 0L;

	private Long cameraId = 0L;

	private Instant at = Instant.EPOCH;

	private String recordedBy = "";

	@Enumerated(EnumType.STRING)
	private VideoOutcome outcome = VideoOutcome.NOTHING;

	private String note = "";

	private @Nullable Long incidentId;

	protected VideoPass() {
	}

	/**
	 * @throws RuleViolationException when the plan is not a video plan, the camera is not
	 * on it, or a finding comes without its incident.
	 */
	VideoPass(PatrolPlan plan, Long cameraId, Instant at, String recordedBy, VideoOutcome outcome, String note,
			@Nullable Long incidentId) {
		if (!plan.getKind().isVideo()) {
			throw new RuleViolationException("patrol.video.notVideoPlan");
		}
		if (!plan.hasCamera(cameraId)) {
			throw RuleViolationException.onField("cameraId", "patrol.video.cameraNotOnPlan");
		}
		if (outcome == VideoOutcome.FINDING && incidentId == null) {
			throw RuleViolationException.onField("note", "patrol.finding.descriptionRequired");
		}
		this.stationId = plan.getStationId();
		this.planId = java.util.Objects.requireNonNull(plan.getId());
		this.cameraId = cameraId;
		this.at = at;
		this.recordedBy = recordedBy;
		this.outcome = outcome;
		this.note = note;
		this.incidentId = incidentId;
	}

	@Override
	public Long getStationId() {
		return this.stationId;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public Long getCameraId() {
		return this.cameraId;
	}

	public Instant getAt() {
		return this.at;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public VideoOutcome getOutcome() {
		return this.outcome;
	}

	public String getNote() {
		return this.note;
	}

	public @Nullable Long getIncidentId() {
		return this.incidentId;
	}

}
