package org.stationops.patrol.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentService;
import org.stationops.patrol.Checkpoint;
import org.stationops.patrol.CheckpointService;
import org.stationops.patrol.PatrolPlan;
import org.stationops.patrol.PatrolPlanService;
import org.stationops.patrol.PatrolShift;
import org.stationops.patrol.PatrolShiftService;
import org.stationops.patrol.PatrolShiftService.CheckedIn;
import org.stationops.servicestations.GeoPoint;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's shift at phone width: start against a plan, check in by a checkpoint's
 * code (scanned: {@code /patrol/c/{id}?code=…}, or typed), report a finding as an
 * incident, end the shift.
 */
@Controller
class ShiftController {

	private final PatrolShiftService shifts;

	private final PatrolPlanService plans;

	private final CheckpointService checkpoints;

	private final IncidentService incidents;

	ShiftController(PatrolShiftService shifts, PatrolPlanService plans, CheckpointService checkpoints,
			IncidentService incidents) {
		this.shifts = shifts;
		this.plans = plans;
		this.checkpoints = checkpoints;
		this.incidents = incidents;
	}

	@GetMapping("/patrol")
	String home(@AuthenticationPrincipal OfficerPrincipal me, Model model, Locale locale) {
		return page(me, model, locale, null, null);
	}

	/**
	 * Where a scanned checkpoint code leads: the shift page with the code ready to check
	 * in.
	 */
	@GetMapping("/patrol/c/{checkpointId}")
	String scanned(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long checkpointId,
			@RequestParam(defaultValue = "") String code, Model model, Locale locale) {
		return page(me, model, locale, checkpointId, code);
	}

	@PostMapping("/patrol/shifts")
	@PreAuthorize(PatrolUnitController.WRITERS)
	String start(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) @Nullable Long planId,
			@RequestParam(defaultValue = "") String participants, RedirectAttributes redirect) {
		if (planId == null) {
			redirect.addFlashAttribute("actionError", "patrol.shift.planRequired");
			return "redirect:/patrol";
		}
		return Forms.run("/patrol", redirect, "patrol.shift.started",
				() -> this.shifts.start(me.scope(), planId, me.username(), limit(participants, 500)));
	}

	@PostMapping("/patrol/check-in")
	@PreAuthorize(PatrolUnitController.WRITERS)
	String checkIn(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(defaultValue = "") String code,
			@RequestParam(required = false) @Nullable Long checkpointId,
			@RequestParam(required = false) @Nullable Double latitude,
			@RequestParam(required = false) @Nullable Double longitude, RedirectAttributes redirect) {
		GeoPoint position = (latitude != null && longitude != null && Math.abs(latitude) <= 90
				&& Math.abs(longitude) <= 180) ? new GeoPoint(latitude, longitude) : null;
		try {
			CheckedIn done = this.shifts.checkIn(me.scope(), me.username(), limit(code, 200), checkpointId, position);
			redirect.addFlashAttribute("checkedIn", done.checkpoint().getName());
			redirect.addFlashAttribute("checkedInDistance", done.checkIn().getDistanceMetres());
			redirect.addFlashAttribute("checkedInFar", done.checkIn().isFar());
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("actionError", ex.getCode());
			redirect.addFlashAttribute("actionErrorArguments", ex.getArguments());
		}
		return "redirect:/patrol";
	}

	@PostMapping("/patrol/shifts/{id}/findings")
	@PreAuthorize(PatrolUnitController.WRITERS)
	String finding(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@RequestParam(defaultValue = "") String categoryCode, @RequestParam(defaultValue = "") String location,
			@RequestParam(defaultValue = "") String description,
			@RequestParam(required = false) @Nullable Double latitude,
			@RequestParam(required = false) @Nullable Double longitude, RedirectAttributes redirect) {
		GeoPoint position = (latitude != null && longitude != null && Math.abs(latitude) <= 90
				&& Math.abs(longitude) <= 180) ? new GeoPoint(latitude, longitude) : null;
		try {
			Incident incident = this.shifts.reportFinding(me.scope(), id, me.username(), me.displayName(),
					limit(categoryCode, 20), limit(location, 200), limit(description, 2000), position);
			redirect.addFlashAttribute("findingIncident", incident.getReceiptNumber());
			redirect.addFlashAttribute("findingIncidentId", incident.getId());
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("actionError", ex.getCode());
			redirect.addFlashAttribute("actionErrorArguments", ex.getArguments());
		}
		return "redirect:/patrol";
	}

	@PostMapping("/patrol/shifts/{id}/end")
	@PreAuthorize(PatrolUnitController.WRITERS)
	String end(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @RequestParam long version,
			@RequestParam(required = false) @Nullable Integer volunteerHeadcount,
			@RequestParam(defaultValue = "") String notes, RedirectAttributes redirect) {
		int headcount = Objects.requireNonNullElse(volunteerHeadcount, 0);
		return Forms.run("/patrol", redirect, "patrol.shift.ended.done",
				() -> this.shifts.end(me.scope(), id, version, headcount, limit(notes, 2000)));
	}

	private String page(OfficerPrincipal me, Model model, Locale locale, @Nullable Long scannedCheckpoint,
			@Nullable String scannedCode) {
		Optional<PatrolShift> open = this.shifts.openShiftOf(me.scope(), me.username());
		model.addAttribute("shift", open.orElse(null));
		model.addAttribute("scannedCode", scannedCode);
		model.addAttribute("scannedCheckpoint", scannedCheckpoint);
		if (scannedCheckpoint != null) {
			model.addAttribute("scannedName",
					this.checkpoints.byIds(me.scope(), List.of(scannedCheckpoint)).get(scannedCheckpoint));
		}
		if (open.isPresent()) {
			PatrolShift shift = open.get();
			PatrolPlan plan = this.plans.get(me.scope(), shift.getPlanId());
			Map<Long, Checkpoint> byId = this.checkpoints.byIds(me.scope(), plan.getCheckpointIds());
			model.addAttribute("plan", plan);
			model.addAttribute("route",
					plan.getCheckpointIds().stream().map(byId::get).filter(Objects::nonNull).toList());
			model.addAttribute("checkpointNames", byId);
			model.addAttribute("categories",
					this.incidents.categories().stream().filter(c -> !c.isTopLevel()).toList());
		}
		else {
			model.addAttribute("plans", this.plans.list(me.scope()));
		}
		return "patrol/shift";
	}

	static String limit(String text, int max) {
		String trimmed = text.trim();
		return (trimmed.length() > max) ? trimmed.substring(0, max) : trimmed;
	}

}
