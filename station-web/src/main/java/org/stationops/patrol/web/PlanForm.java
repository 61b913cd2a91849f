package org.stationops.patrol.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.patrol.PatrolPlan;
import org.stationops.patrol.PlanDetails;
import org.stationops.patrol.PlanKind;
import org.stationops.patrol.PlanWindow;
import org.springframework.validation.BindingResult;

/**
 * Create and edit form of a plan: up to {@value #WINDOWS} time windows (start, end,
 * passes; blank rows skipped) and up to {@value #POINTS} checkpoints in route order
 * (blank choices skipped); {@code version} guards edits.
 */
record PlanForm(@NotBlank @Size(max = 60) @Nullable String name, @NotNull @Nullable PlanKind kind,
		@NotNull @Nullable Long unitId, @Nullable Long areaId, @Nullable Long serviceStationId,
		@Nullable Set<DayOfWeek> days, @Nullable List<String> windowStarts, @Nullable List<String> windowEnds,
		@Nullable List<String> windowPasses, @Nullable List<Long> checkpointIds, @Nullable Long stationId,
		@Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable List<Long> cameraIds,
		@Nullable Long version) {

	static final int WINDOWS = 4;

	static final int POINTS = 10;

	static PlanForm empty(@Nullable Long stationId, LocalDate today) {
		return new PlanForm("", PlanKind.ROUTE, null, null, null, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SUNDAY),
				List.of("08:00", "19:00"), List.of("10:00", "22:00"), List.of("1", "2"), List.of(), stationId, today,
				null, List.of(), null);
	}

	static PlanForm of(PatrolPlan plan) {
		List<String> starts = new ArrayList<>();
		List<String> ends = new ArrayList<>();
		List<String> passes = new ArrayList<>();
		for (PlanWindow w : plan.getWindows()) {
			starts.add(w.getStartsAt().toString());
			ends.add(w.getEndsAt().toString());
			passes.add(Integer.toString(w.getExpectedPasses()));
		}
		return new PlanForm(plan.getName(), plan.getKind(), plan.getUnitId(), plan.getAreaId(),
				plan.getServiceStationId(), plan.days(), starts, ends, passes, plan.getCheckpointIds(),
				plan.getStationId(), plan.getValidFrom(), plan.getValidTo(), plan.getCameraIds(), plan.getVersion());
	}

	/**
	 * @return the entered text of window row {@code i}'s part, for the form.
	 */
	public String windowPart(@Nullable List<String> part, int i) {
		return (part != null && i < part.size() && part.get(i) != null) ? part.get(i) : "";
	}

	public boolean hasCamera(Long cameraId) {
		return this.cameraIds != null && this.cameraIds.contains(cameraId);
	}

	public @Nullable Long checkpointAt(int i) {
		return (this.checkpointIds != null && i < this.checkpointIds.size()) ? this.checkpointIds.get(i) : null;
	}

	/**
	 * Reads the windows; a row with a time that is not HH:mm or passes that are not a
	 * number is rejected on {@code windows}.
	 */
	List<PlanWindow> windows(BindingResult result) {
		List<PlanWindow> windows = new ArrayList<>();
		for (int i = 0; i < WINDOWS; i++) {
			String start = windowPart(this.windowStarts, i).trim();
			String end = windowPart(this.windowEnds, i).trim();
			String passes = windowPart(this.windowPasses, i).trim();
			if (start.isEmpty() && end.isEmpty()) {
				continue;
			}
			try {
				windows.add(new PlanWindow(LocalTime.parse(start), LocalTime.parse(end),
						passes.isEmpty() ? 1 : Integer.parseInt(passes)));
			}
			catch (DateTimeParseException | NumberFormatException ex) {
				result.rejectValue("windowStarts", "patrol.plan.windowUnreadable", new Object[] { i + 1 }, null);
				return List.of();
			}
		}
		return windows;
	}

	/**
	 * @param today the start of the plan's validity when none was entered
	 */
	PlanDetails toDetails(List<PlanWindow> windows, LocalDate today) {
		List<Long> points = (this.checkpointIds != null) ? this.checkpointIds.stream().filter(Objects::nonNull).toList()
				: List.of();
		Set<DayOfWeek> chosen = (this.days != null) ? this.days : Set.of();
		return new PlanDetails(UnitForm.text(this.name), Objects.requireNonNull(this.kind),
				Objects.requireNonNull(this.unitId), this.areaId, this.serviceStationId, chosen, windows, points,
				(this.validFrom != null) ? this.validFrom : today, this.validTo,
				(this.cameraIds != null) ? this.cameraIds.stream().filter(Objects::nonNull).toList() : List.of());
	}

}
