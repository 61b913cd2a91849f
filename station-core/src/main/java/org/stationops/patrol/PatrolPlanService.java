package org.stationops.patrol;

import java.util.List;
import java.util.Set;

import org.stationops.servicestations.ServiceStationService;
import org.stationops.shared.NotFoundException;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patrol plans within the caller's {@link Scope}. A plan's unit, checkpoints, area and
 * service station all belong to the plan's police station.
 */
@Service
@Transactional(readOnly = true)
public class PatrolPlanService {

	private final PatrolPlanRepository plans;

	private final PatrolUnitRepository units;

	private final CheckpointRepository checkpoints;

	private final StationService stations;

	private final ServiceStationService serviceStations;

	private final org.stationops.servicestations.CameraService cameras;

	PatrolPlanService(PatrolPlanRepository plans, PatrolUnitRepository units, CheckpointRepository checkpoints,
			StationService stations, ServiceStationService serviceStations,
			org.stationops.servicestations.CameraService cameras) {
		this.cameras = cameras;
		this.plans = plans;
		this.units = units;
		this.checkpoints = checkpoints;
		this.stations = stations;
		this.serviceStations = serviceStations;
	}

	public PatrolPlan get(Scope scope, Long id) {
		return this.plans.findInScope(scope, id).orElseThrow(() -> PatrolNotFoundException.forId(id));
	}

	/**
	 * @return the plans of the scope's station, or of every station, with their parts.
	 */
	public List<PatrolPlan> list(Scope scope) {
		return this.plans.findAllWithParts(scope.stationFilter().orElse(null));
	}

	@Transactional
	public PatrolPlan create(Scope scope, Long stationId, PlanDetails details) {
		this.stations.get(scope, stationId);
		check(scope, stationId, details);
		if (this.plans.existsByStationIdAndName(stationId, details.name())) {
			throw RuleViolationException.onField("name", "patrol.plan.nameTaken");
		}
		return this.plans.saveAndFlush(new PatrolPlan(stationId, details));
	}

	@Transactional
	public PatrolPlan update(Scope scope, Long id, long expectedVersion, PlanDetails details) {
		PatrolPlan plan = get(scope, id);
		if (plan.getVersion() != expectedVersion) {
			throw new RuleViolationException("patrol.edit.conflict");
		}
		check(scope, plan.getStationId(), details);
		if (!plan.getName().equals(details.name())
				&& this.plans.existsByStationIdAndName(plan.getStationId(), details.name())) {
			throw RuleViolationException.onField("name", "patrol.plan.nameTaken");
		}
		plan.apply(details);
		return this.plans.saveAndFlush(plan);
	}

	private void check(Scope scope, Long stationId, PlanDetails details) {
		if (this.units.findById(details.unitId()).filter(u -> stationId.equals(u.getStationId())).isEmpty()) {
			throw RuleViolationException.onField("unitId", "patrol.plan.unitElsewhere");
		}
		if (details.kind().isVideo()) {
			for (Long cameraId : details.cameraIds()) {
				try {
					if (!stationId.equals(this.cameras.get(scope, cameraId).getStationId())) {
						throw RuleViolationException.onField("cameraIds", "patrol.plan.cameraElsewhere");
					}
				}
				catch (NotFoundException ex) {
					throw RuleViolationException.onField("cameraIds", "patrol.plan.cameraElsewhere");
				}
			}
		}
		List<Checkpoint> found = this.checkpoints.findByIdIn(details.checkpointIds());
		if (found.size() != Set.copyOf(details.checkpointIds()).size()
				|| found.stream().anyMatch(c -> !stationId.equals(c.getStationId()))) {
			throw RuleViolationException.onField("checkpointIds", "patrol.plan.checkpointElsewhere");
		}
		try {
			if (details.areaId() != null
					&& !stationId.equals(this.stations.getArea(scope, details.areaId()).getStationId())) {
				throw RuleViolationException.onField("areaId", "patrol.plan.areaElsewhere");
			}
			if (details.serviceStationId() != null
					&& !stationId.equals(this.serviceStations.get(scope, details.serviceStationId()).getStationId())) {
				throw RuleViolationException.onField("serviceStationId", "patrol.plan.serviceStationElsewhere");
			}
		}
		catch (NotFoundException ex) {
			throw RuleViolationException.onField(details.kind().needsArea() ? "areaId" : "serviceStationId",
					"patrol.plan.areaElsewhere");
		}
	}

}
