package org.stationops.patrol;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
 * A patrol plan of one of the five kinds: on which days, in which time windows, how many
 * passes per checkpoint and window, by which unit, through which checkpoints.
 */
@Entity
@Table(name = "patrol_plans")
public class PatrolPlan extends AbstractEntity {

	static final int MAX_PASSES = 24;

	private Long stationId = 0L;

	private String name = "";

	@Enumerated(EnumType.STRING)
	private PlanKind kind = PlanKind.ROUTE;

	private Long unitId = 0L;

	private @Nullable Long areaId;

	private @Nullable Long serviceStationId;

	/** Days of the week as bits, Monday = 1, Tuesday = 2, … Sunday = 64. */
	private int days;

	@ElementCollection
	@CollectionTable(name = "patrol_plan_windows", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "ordinal")
	private List<PlanWindow> windows = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "patrol_plan_checkpoints", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "ordinal")
	@Column(name = "checkpoint_id")
	private List<Long> checkpointIds = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "patrol_plan_cameras", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "ordinal")
	@Column(name = "camera_id")
	private List<Long> cameraIds = new ArrayList<>();

	private LocalDate validFrom = LocalDate.EPOCH;

	private @Nullable LocalDate validTo;

	protected PatrolPlan() {
	}

	PatrolPlan(Long stationId, PlanDetails details) {
		this.stationId = stationId;
		apply(details);
	}

	/**
	 * Takes the entered plan. Refuses a plan without days or windows, a window that ends
	 * before it starts or overlaps another, passes outside 1–24, a checkpoint twice, a
	 * route of fewer than two checkpoints, a fixed point of more or less than one, an
	 * area plan without its area, a station plan without its service station, and an end
	 * date before the start date.
	 */
	void apply(PlanDetails details) {
		if (details.validTo() != null && details.validTo().isBefore(details.validFrom())) {
			throw RuleViolationException.onField("validTo", "patrol.plan.validToBeforeFrom");
		}
		if (details.days().isEmpty()) {
			throw RuleViolationException.onField("days", "patrol.plan.daysRequired");
		}
		List<PlanWindow> sorted = new ArrayList<>(details.windows());
		sorted.sort(Comparator.comparing(PlanWindow::getStartsAt));
		if (sorted.isEmpty()) {
			throw RuleViolationException.onField("windows", "patrol.plan.windowsRequired");
		}
		for (int i = 0; i < sorted.size(); i++) {
			PlanWindow w = sorted.get(i);
			if (!w.getStartsAt().isBefore(w.getEndsAt())) {
				throw RuleViolationException.onField("windows", "patrol.plan.windowEndsBeforeStart", w.toString());
			}
			if (w.getExpectedPasses() < 1 || w.getExpectedPasses() > MAX_PASSES) {
				throw RuleViolationException.onField("windows", "patrol.plan.passesRange", MAX_PASSES);
			}
			if (i > 0 && w.getStartsAt().isBefore(sorted.get(i - 1).getEndsAt())) {
				throw RuleViolationException.onField("windows", "patrol.plan.windowsOverlap", w.toString());
			}
		}
		List<Long> points = details.kind().isVideo() ? List.of() : details.checkpointIds();
		List<Long> cameras = details.kind().isVideo() ? details.cameraIds() : List.of();
		if (details.kind().isVideo() && cameras.isEmpty()) {
			throw RuleViolationException.onField("cameraIds", "patrol.plan.camerasRequired");
		}
		if (new HashSet<>(cameras).size() != cameras.size()) {
			throw RuleViolationException.onField("cameraIds", "patrol.plan.cameraTwice");
		}
		if (new HashSet<>(points).size() != points.size()) {
			throw RuleViolationException.onField("checkpointIds", "patrol.plan.checkpointTwice");
		}
		if (details.kind().isRoute() && points.size() < 2) {
			throw RuleViolationException.onField("checkpointIds", "patrol.plan.routeNeedsTwo");
		}
		if (details.kind().isSinglePoint() && points.size() != 1) {
			throw RuleViolationException.onField("checkpointIds", "patrol.plan.pointNeedsOne");
		}
		if (points.isEmpty() && !details.kind().isVideo()) {
			throw RuleViolationException.onField("checkpointIds", "patrol.plan.checkpointsRequired");
		}
		if (details.kind().needsArea() && details.areaId() == null) {
			throw RuleViolationException.onField("areaId", "patrol.plan.areaRequired");
		}
		if (details.kind().needsServiceStation() && details.serviceStationId() == null) {
			throw RuleViolationException.onField("serviceStationId", "patrol.plan.serviceStationRequired");
		}
		this.validFrom = details.validFrom();
		this.validTo = details.validTo();
		this.name = details.name();
		this.kind = details.kind();
		this.unitId = details.unitId();
		this.areaId = details.areaId();
		this.serviceStationId = details.serviceStationId();
		this.days = bits(details.days());
		this.windows.clear();
		this.windows.addAll(sorted);
		this.checkpointIds.clear();
		this.checkpointIds.addAll(points);
		this.cameraIds.clear();
		this.cameraIds.addAll(cameras);
	}

	/**
	 * @return whether the plan is in force on that day (within its validity) and patrols
	 * on that day of the week.
	 */
	public boolean isActiveOn(LocalDate day) {
		return isValidOn(day) && (this.days & (1 << (day.getDayOfWeek().getValue() - 1))) != 0;
	}

	/**
	 * @return whether the day lies within the plan's validity (from and to included).
	 */
	public boolean isValidOn(LocalDate day) {
		return !day.isBefore(this.validFrom) && (this.validTo == null || !day.isAfter(this.validTo));
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public @Nullable LocalDate getValidTo() {
		return this.validTo;
	}

	public Set<DayOfWeek> days() {
		Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
		for (DayOfWeek d : DayOfWeek.values()) {
			if ((this.days & (1 << (d.getValue() - 1))) != 0) {
				set.add(d);
			}
		}
		return set;
	}

	/**
	 * @return whether the checkpoint belongs to the plan.
	 */
	public boolean passesThrough(Long checkpointId) {
		return this.checkpointIds.contains(checkpointId);
	}

	/**
	 * @return the passes the plan expects on that day, over all windows and checkpoints.
	 */
	public int expectedPassesOn(LocalDate day) {
		if (!isActiveOn(day)) {
			return 0;
		}
		return this.windows.stream().mapToInt(PlanWindow::getExpectedPasses).sum() * pointIds().size();
	}

	private static int bits(Set<DayOfWeek> days) {
		int bits = 0;
		for (DayOfWeek d : days) {
			bits |= 1 << (d.getValue() - 1);
		}
		return bits;
	}

	public PlanDetails details() {
		return new PlanDetails(this.name, this.kind, this.unitId, this.areaId, this.serviceStationId, days(),
				getWindows(), getCheckpointIds(), this.validFrom, this.validTo, getCameraIds());
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getName() {
		return this.name;
	}

	public PlanKind getKind() {
		return this.kind;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public @Nullable Long getAreaId() {
		return this.areaId;
	}

	public @Nullable Long getServiceStationId() {
		return this.serviceStationId;
	}

	public List<PlanWindow> getWindows() {
		return List.copyOf(this.windows);
	}

	/**
	 * @return the points a pass is expected at: the cameras of a video plan, otherwise
	 * the checkpoints.
	 */
	public List<Long> pointIds() {
		return this.kind.isVideo() ? getCameraIds() : getCheckpointIds();
	}

	public List<Long> getCameraIds() {
		return List.copyOf(this.cameraIds);
	}

	public boolean hasCamera(Long cameraId) {
		return this.cameraIds.contains(cameraId);
	}

	public List<Long> getCheckpointIds() {
		return List.copyOf(this.checkpointIds);
	}

}
