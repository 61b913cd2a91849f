package org.stationops.emergency;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.stationops.audit.AuditService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency plans within the caller's {@link Scope}: a plan of another station answers as
 * not found. Showing an activated plan's mobilisation list with full phones is audited.
 */
@Service
@Transactional(readOnly = true)
public class EmergencyPlanService {

	/** The audit subject type of a mobilisation list shown with full phones. */
	public static final String AUDIT_SUBJECT = "EMERGENCY_MOBILISATION";

	private final EmergencyPlanRepository plans;

	private final StationService stations;

	private final AuditService audit;

	private final Clock clock;

	EmergencyPlanService(EmergencyPlanRepository plans, StationService stations, AuditService audit, Clock clock) {
		this.plans = plans;
		this.stations = stations;
		this.audit = audit;
		this.clock = clock;
	}

	public Page<EmergencyPlan> list(Scope scope, @Nullable Long stationId, @Nullable Scenario scenario,
			Pageable pageable) {
		return this.plans.list(scope.stationFilter().orElse(stationId), scenario, pageable);
	}

	public EmergencyPlan get(Scope scope, Long id) {
		return initialised(find(scope, id));
	}

	/**
	 * The one-click mobilisation view: the plan with its calling order. An activated plan
	 * shows full phones, and the view is audited.
	 */
	public EmergencyPlan mobilisation(Scope scope, Long id, String username) {
		EmergencyPlan plan = get(scope, id);
		if (plan.getStatus().isActive()) {
			this.audit.record(plan.getStationId(), username, AuditService.FULL_VIEW, AUDIT_SUBJECT, id);
		}
		return plan;
	}

	@Transactional
	public EmergencyPlan create(Scope scope, Long stationId, PlanDetails details) {
		this.stations.get(scope, stationId);
		if (this.plans.existsByStationIdAndName(stationId, details.name())) {
			throw RuleViolationException.onField("name", "emergency.name.duplicate");
		}
		return this.plans.saveAndFlush(new EmergencyPlan(stationId, details));
	}

	@Transactional
	public EmergencyPlan update(Scope scope, Long id, long version, PlanDetails details) {
		return work(scope, id, version, plan -> {
			if (!plan.getName().equals(details.name())
					&& this.plans.existsByStationIdAndName(plan.getStationId(), details.name())) {
				throw RuleViolationException.onField("name", "emergency.name.duplicate");
			}
			plan.apply(details);
		});
	}

	@Transactional
	public EmergencyPlan addMobiliser(Scope scope, Long id, long version, MobiliserKind kind, String name,
			String contact, String phone, String task) {
		return work(scope, id, version,
				plan -> plan.addMobiliser(kind, name.trim(), contact.trim(), phone.trim(), task.trim()));
	}

	@Transactional
	public EmergencyPlan moveUp(Scope scope, Long id, long version, int index) {
		return work(scope, id, version, plan -> plan.moveUp(index));
	}

	@Transactional
	public EmergencyPlan removeMobiliser(Scope scope, Long id, long version, int index) {
		return work(scope, id, version, plan -> plan.removeMobiliser(index));
	}

	@Transactional
	public EmergencyPlan activate(Scope scope, Long id, long version, String reason, String username) {
		return work(scope, id, version, plan -> plan.activate(reason.trim(), username, this.clock.instant()));
	}

	@Transactional
	public EmergencyPlan standDown(Scope scope, Long id, long version) {
		return work(scope, id, version, EmergencyPlan::standDown);
	}

	@Transactional
	public EmergencyPlan recordDrill(Scope scope, Long id, long version, LocalDate heldOn, int participants,
			int minutesToAssemble, String findings, String followUp) {
		return work(scope, id, version, plan -> plan.recordDrill(heldOn, participants, minutesToAssemble,
				findings.trim(), followUp.trim(), LocalDate.now(this.clock)));
	}

	private EmergencyPlan work(Scope scope, Long id, long version, Consumer<EmergencyPlan> verb) {
		EmergencyPlan plan = find(scope, id);
		if (plan.getVersion() != version) {
			throw new RuleViolationException("emergency.edit.conflict");
		}
		verb.accept(plan);
		return initialised(this.plans.saveAndFlush(plan));
	}

	private EmergencyPlan find(Scope scope, Long id) {
		return this.plans.findInScope(scope, id).orElseThrow(() -> PlanNotFoundException.forId(id));
	}

	private static EmergencyPlan initialised(EmergencyPlan plan) {
		plan.getMobilisation();
		plan.getDrills();
		return plan;
	}

}
