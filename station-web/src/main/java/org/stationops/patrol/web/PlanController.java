package org.stationops.patrol.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.stationops.patrol.Checkpoint;
import org.stationops.patrol.CheckpointService;
import org.stationops.patrol.PatrolPlan;
import org.stationops.patrol.PatrolPlanService;
import org.stationops.patrol.PatrolUnit;
import org.stationops.patrol.PatrolUnitService;
import org.stationops.patrol.PlanKind;
import org.stationops.patrol.PlanWindow;
import org.stationops.servicestations.ServiceStation;
import org.stationops.servicestations.ServiceStationService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.Area;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Patrol plans (五定五巡): list, detail, create and edit.
 */
@Controller
@RequestMapping("/patrol/plans")
class PlanController {

	private static final String FORM = "patrol/plan-form";

	private final PatrolPlanService plans;

	private final PatrolUnitService units;

	private final CheckpointService checkpoints;

	private final ServiceStationService serviceStations;

	private final StationService stations;

	private final PatrolChoices choices;

	private final Clock clock;

	private final org.stationops.servicestations.CameraService cameras;

	private final org.stationops.patrol.VideoPatrolService videoPatrol;

	PlanController(PatrolPlanService plans, PatrolUnitService units, CheckpointService checkpoints,
			ServiceStationService serviceStations, StationService stations, PatrolChoices choices, Clock clock,
			org.stationops.servicestations.CameraService cameras,
			org.stationops.patrol.VideoPatrolService videoPatrol) {
		this.clock = clock;
		this.cameras = cameras;
		this.videoPatrol = videoPatrol;
		this.plans = plans;
		this.units = units;
		this.checkpoints = checkpoints;
		this.serviceStations = serviceStations;
		this.stations = stations;
		this.choices = choices;
	}

	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		List<PatrolPlan> all = this.plans.list(me.scope());
		this.choices.addTo(model, me);
		model.addAttribute("plans", all);
		model.addAttribute("unitNames",
				this.units.names(me.scope(), all.stream().map(PatrolPlan::getUnitId).collect(Collectors.toSet())));
		return "patrol/plans";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		PatrolPlan plan = this.plans.get(me.scope(), id);
		this.choices.addTo(model, me);
		model.addAttribute("p", plan);
		model.addAttribute("unit", this.units.get(me.scope(), plan.getUnitId()));
		Map<Long, Checkpoint> byId = this.checkpoints.byIds(me.scope(), plan.getCheckpointIds());
		model.addAttribute("route", plan.getCheckpointIds().stream().map(byId::get).filter(Objects::nonNull).toList());
		model.addAttribute("planCameras",
				plan.getKind().isVideo() ? this.videoPatrol.cameras(me.scope(), plan) : List.of());
		model.addAttribute("areaName",
				(plan.getAreaId() != null) ? this.stations.getArea(me.scope(), plan.getAreaId()).getName() : null);
		model.addAttribute("serviceStationName", (plan.getServiceStationId() != null)
				? this.serviceStations.get(me.scope(), plan.getServiceStationId()).getName() : null);
		return "patrol/plan";
	}

	@GetMapping("/new")
	@PreAuthorize(PatrolUnitController.WRITERS)
	String showCreateForm(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("form", PlanForm.empty(me.stationId(), LocalDate.now(this.clock)));
		return form(model, me);
	}

	@PostMapping
	@PreAuthorize(PatrolUnitController.WRITERS)
	String create(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") PlanForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (Forms.replaceIfUnreadable(result, model, PlanForm.empty(me.stationId(), LocalDate.now(this.clock)))) {
			return form(model, me);
		}
		Long stationId = this.choices.stationOf(me, form.stationId());
		if (stationId == null) {
			result.rejectValue("stationId", "patrol.station.required");
		}
		List<PlanWindow> windows = form.windows(result);
		if (result.hasErrors()) {
			return form(model, me);
		}
		try {
			PatrolPlan created = this.plans.create(me.scope(), Objects.requireNonNull(stationId),
					form.toDetails(windows, LocalDate.now(this.clock)));
			redirect.addFlashAttribute("message", "patrol.saved");
			return "redirect:/patrol/plans/" + created.getId();
		}
		catch (RuleViolationException ex) {
			reject(result, ex);
			return form(model, me);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(PatrolUnitController.WRITERS)
	String showEditForm(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		model.addAttribute("form", PlanForm.of(this.plans.get(me.scope(), id)));
		model.addAttribute("planId", id);
		return form(model, me);
	}

	@PostMapping("/{id}")
	@PreAuthorize(PatrolUnitController.WRITERS)
	String update(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("form") PlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PatrolPlan current = this.plans.get(me.scope(), id);
		model.addAttribute("planId", id);
		if (Forms.replaceIfUnreadable(result, model, PlanForm.of(current))) {
			return form(model, me);
		}
		if (form.version() == null) {
			result.reject("patrol.edit.conflict");
		}
		List<PlanWindow> windows = form.windows(result);
		if (result.hasErrors()) {
			return form(model, me);
		}
		try {
			this.plans.update(me.scope(), id, Objects.requireNonNull(form.version()),
					form.toDetails(windows, LocalDate.now(this.clock)));
			redirect.addFlashAttribute("message", "patrol.saved");
			return "redirect:/patrol/plans/" + id;
		}
		catch (RuleViolationException ex) {
			reject(result, ex);
			return form(model, me);
		}
	}

	/**
	 * The plan's windows are entered as rows of three fields; their messages show under
	 * the rows.
	 */
	private static void reject(BindingResult result, RuleViolationException ex) {
		if ("windows".equals(ex.getField())) {
			result.rejectValue("windowStarts", ex.getCode(), ex.getArguments(), ex.getCode());
		}
		else {
			FormErrors.reject(result, ex);
		}
	}

	private String form(Model model, OfficerPrincipal me) {
		this.choices.addTo(model, me);
		@SuppressWarnings("unchecked")
		List<Station> visible = (List<Station>) Objects.requireNonNull(model.getAttribute("stations"));
		List<PatrolUnit> unitChoices = visible.stream()
			.flatMap(s -> this.units.of(me.scope(), s.getId()).stream())
			.toList();
		List<ServiceStation> serviceStationChoices = visible.stream()
			.flatMap(s -> this.serviceStations.of(me.scope(), s.getId()).stream())
			.toList();
		List<Area> areaChoices = this.stations.visibleAreas(me.scope());
		model.addAttribute("planKinds", PlanKind.values());
		model.addAttribute("weekDays", DayOfWeek.values());
		model.addAttribute("unitChoices", unitChoices);
		model.addAttribute("checkpointChoices", this.checkpoints.visible(me.scope()));
		model.addAttribute("cameraChoices",
				visible.stream().flatMap(s -> this.cameras.all(me.scope(), s.getId()).stream()).toList());
		model.addAttribute("serviceStationChoices", serviceStationChoices);
		model.addAttribute("areaChoices", areaChoices);
		model.addAttribute("windowRows", java.util.stream.IntStream.range(0, PlanForm.WINDOWS).boxed().toList());
		model.addAttribute("pointRows", java.util.stream.IntStream.range(0, PlanForm.POINTS).boxed().toList());
		return FORM;
	}

}
