package org.stationops.patrol;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.servicestations.Camera;
import org.stationops.servicestations.CameraService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Video patrol (视频巡逻): the desk records each look through a camera of a video plan with
 * what it saw. A finding is registered as an incident (source 巡逻发现, at the camera's
 * position) in the same transaction as the pass, as a walking patrol's finding is.
 */
@Service
@Transactional(readOnly = true)
public class VideoPatrolService {

	private final PatrolPlanService plans;

	private final VideoPassRepository passes;

	private final CameraService cameras;

	private final IncidentService incidents;

	private final Clock clock;

	VideoPatrolService(PatrolPlanService plans, VideoPassRepository passes, CameraService cameras,
			IncidentService incidents, Clock clock) {
		this.plans = plans;
		this.passes = passes;
		this.cameras = cameras;
		this.incidents = incidents;
		this.clock = clock;
	}

	/**
	 * @return the plan's cameras in plan order
	 */
	public List<Camera> cameras(Scope scope, PatrolPlan plan) {
		Map<Long, Camera> byId = this.cameras.all(scope, plan.getStationId())
			.stream()
			.collect(Collectors.toMap(Camera::getId, Function.identity()));
		return plan.getCameraIds().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * @return the plan's latest 50 passes, newest first
	 */
	public List<VideoPass> recent(Scope scope, Long planId) {
		PatrolPlan plan = this.plans.get(scope, planId);
		return this.passes.findTop50ByPlanIdOrderByAtDesc(java.util.Objects.requireNonNull(plan.getId()));
	}

	/**
	 * Records a look through one camera of a video plan, now.
	 * @param categoryCode the incident category of a finding (ignored for nothing seen)
	 * @return the pass; a finding's incident is on {@link VideoPass#getIncidentId()}
	 */
	@Transactional
	public VideoPass record(Scope scope, Long planId, Long cameraId, VideoOutcome outcome, String note,
			@Nullable String categoryCode, String username, String reporterName) {
		PatrolPlan plan = this.plans.get(scope, planId);
		if (!plan.getKind().isVideo()) {
			throw new RuleViolationException("patrol.video.notVideoPlan");
		}
		if (!plan.hasCamera(cameraId)) {
			throw RuleViolationException.onField("cameraId", "patrol.video.cameraNotOnPlan");
		}
		Instant now = this.clock.instant();
		Long incidentId = null;
		if (outcome == VideoOutcome.FINDING) {
			if (note.isBlank()) {
				throw RuleViolationException.onField("note", "patrol.finding.descriptionRequired");
			}
			if (categoryCode == null || categoryCode.isBlank()) {
				throw RuleViolationException.onField("categoryCode", "patrol.video.categoryRequired");
			}
			Camera camera = this.cameras.get(scope, cameraId);
			Incident incident = this.incidents.register(scope, plan.getStationId(),
					new IncidentDetails(now, IncidentSource.PATROL, categoryCode, camera.getLocation(),
							camera.getAreaId(), BigDecimal.valueOf(camera.getLatitude()),
							BigDecimal.valueOf(camera.getLongitude()), reporterName, "", "", note.strip()),
					null, null, username);
			incidentId = incident.getId();
		}
		return this.passes.save(new VideoPass(plan, cameraId, now, username, outcome, note.strip(), incidentId));
	}

	/**
	 * Enters a look from the desk's paper log (补录, nothing seen) at a past time.
	 */
	@Transactional
	public VideoPass enterFromLog(Scope scope, Long planId, Long cameraId, Instant at, String username) {
		if (at.isAfter(this.clock.instant())) {
			throw RuleViolationException.onField("at", "patrol.shift.logInFuture");
		}
		PatrolPlan plan = this.plans.get(scope, planId);
		return this.passes.save(new VideoPass(plan, cameraId, at, username, VideoOutcome.NOTHING, "", null));
	}

	/**
	 * @return the passes of those plans in {@code [from, to)}, for compliance
	 */
	List<VideoPass> between(java.util.Collection<Long> planIds, Instant from, Instant to) {
		return planIds.isEmpty() ? List.of()
				: this.passes.findByPlanIdInAndAtGreaterThanEqualAndAtLessThanOrderByAt(planIds, from, to);
	}

}
