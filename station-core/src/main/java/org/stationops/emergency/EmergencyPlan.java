package org.stationops.emergency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.RuleViolationException;

/**
 * An emergency plan of a station. Its verbs check their own preconditions and refuse with
 * a message key; only {@link EmergencyPlanService} calls them.
 */
@Entity
@Table(name = "emergency_plans")
public class EmergencyPlan extends AbstractEntity {

	/** A plan whose last drill is older than this is flagged. */
	public static final int DRILL_INTERVAL_MONTHS = 12;

	private Long stationId = 0L;

	private String name = "";

	@Enumerated(EnumType.STRING)
	private Scenario scenario = Scenario.TYPHOON;

	private String triggerConditions = "";

	private String roles = "";

	private String assemblyPoints = "";

	private String resources = "";

	@Enumerated(EnumType.STRING)
	private PlanStatus status = PlanStatus.READY;

	private @Nullable Instant activatedAt;

	private String activatedBy = "";

	private String activationReason = "";

	private @Nullable LocalDate lastDrilledOn;

	@ElementCollection
	@CollectionTable(name = "emergency_plan_mobilisation", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "position")
	private List<Mobiliser> mobilisation = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "emergency_drills", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "position")
	private List<Drill> drills = new ArrayList<>();

	protected EmergencyPlan() {
	}

	EmergencyPlan(Long stationId, PlanDetails details) {
		this.stationId = stationId;
		apply(details);
	}

	void apply(PlanDetails details) {
		if (details.triggerConditions().isBlank()) {
			throw RuleViolationException.onField("triggerConditions", "emergency.trigger.required");
		}
		this.name = details.name();
		this.scenario = details.scenario();
		this.triggerConditions = details.triggerConditions();
		this.roles = details.roles();
		this.assemblyPoints = details.assemblyPoints();
		this.resources = details.resources();
	}

	/**
	 * Appends an entry to the mobilisation list (called last).
	 */
	void addMobiliser(MobiliserKind kind, String name, String contact, String phone, String task) {
		if (name.isBlank()) {
			throw RuleViolationException.onField("name", "emergency.mobiliser.nameRequired");
		}
		this.mobilisation.add(new Mobiliser(kind, name, contact, phone, task));
	}

	/**
	 * Moves the entry at {@code index} one place earlier in the calling order.
	 */
	void moveUp(int index) {
		if (index <= 0 || index >= this.mobilisation.size()) {
			throw new RuleViolationException("emergency.mobiliser.cannotMove");
		}
		Collections.swap(this.mobilisation, index, index - 1);
	}

	void removeMobiliser(int index) {
		if (index < 0 || index >= this.mobilisation.size()) {
			throw new RuleViolationException("emergency.mobiliser.cannotMove");
		}
		if (this.status.isActive()) {
			throw new RuleViolationException("emergency.mobiliser.activePlan");
		}
		this.mobilisation.remove(index);
	}

	/**
	 * Activates the plan: needs a reason and someone to call.
	 */
	void activate(String reason, String by, Instant at) {
		if (this.status.isActive()) {
			throw new RuleViolationException("emergency.activate.alreadyActive");
		}
		if (this.mobilisation.isEmpty()) {
			throw new RuleViolationException("emergency.activate.nobodyToCall");
		}
		if (reason.isBlank()) {
			throw RuleViolationException.onField("reason", "emergency.activate.reasonRequired");
		}
		this.status = PlanStatus.ACTIVE;
		this.activatedAt = at;
		this.activatedBy = by;
		this.activationReason = reason;
	}

	void standDown() {
		if (!this.status.isActive()) {
			throw new RuleViolationException("emergency.standDown.notActive");
		}
		this.status = PlanStatus.READY;
		this.activatedAt = null;
		this.activatedBy = "";
		this.activationReason = "";
	}

	void recordDrill(LocalDate heldOn, int participants, int minutesToAssemble, String findings, String followUp,
			LocalDate today) {
		if (heldOn.isAfter(today)) {
			throw RuleViolationException.onField("heldOn", "emergency.drill.future");
		}
		if (participants <= 0) {
			throw RuleViolationException.onField("participants", "emergency.drill.participantsRequired");
		}
		this.drills.add(new Drill(heldOn, participants, minutesToAssemble, findings, followUp));
		this.drills.sort(Comparator.comparing(Drill::getHeldOn));
		this.lastDrilledOn = this.drills.get(this.drills.size() - 1).getHeldOn();
	}

	/**
	 * @return whether the plan has not been drilled within the last year.
	 */
	public boolean isDrillOverdue(LocalDate today) {
		return this.lastDrilledOn == null || this.lastDrilledOn.isBefore(today.minusMonths(DRILL_INTERVAL_MONTHS));
	}

	public PlanDetails details() {
		return new PlanDetails(this.name, this.scenario, this.triggerConditions, this.roles, this.assemblyPoints,
				this.resources);
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getName() {
		return this.name;
	}

	public Scenario getScenario() {
		return this.scenario;
	}

	public String getTriggerConditions() {
		return this.triggerConditions;
	}

	public String getRoles() {
		return this.roles;
	}

	public String getAssemblyPoints() {
		return this.assemblyPoints;
	}

	public String getResources() {
		return this.resources;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	public @Nullable Instant getActivatedAt() {
		return this.activatedAt;
	}

	public String getActivatedBy() {
		return this.activatedBy;
	}

	public String getActivationReason() {
		return this.activationReason;
	}

	public @Nullable LocalDate getLastDrilledOn() {
		return this.lastDrilledOn;
	}

	public List<Mobiliser> getMobilisation() {
		return List.copyOf(this.mobilisation);
	}

	public List<Drill> getDrills() {
		return List.copyOf(this.drills);
	}

}
