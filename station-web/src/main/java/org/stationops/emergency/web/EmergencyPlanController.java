package org.stationops.emergency.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.emergency.EmergencyPlan;
import org.stationops.emergency.EmergencyPlanService;
import org.stationops.emergency.Scenario;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.Pages;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Emergency plans: list (with plans not drilled for a year flagged), detail, create and
 * edit.
 */
@Controller
@RequestMapping("/emergency")
class EmergencyPlanController {

	static final String WRITERS = "hasAnyRole('OFFICER','SUPERVISOR')";

	private static final String FORM = "emergency/form";

	private final EmergencyPlanService plans;

	private final StationService stations;

	private final PlanPage page;

	private final Clock clock;

	EmergencyPlanController(EmergencyPlanService plans, StationService stations, PlanPage page, Clock clock) {
		this.plans = plans;
		this.stations = stations;
		this.page = page;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) @Nullable Long station,
			@RequestParam(required = false) @Nullable Scenario scenario, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("station", station);
		model.addAttribute("scenario", scenario);
		model.addAttribute("scenarios", Scenario.values());
		model.addAttribute("stations", this.stations.visibleStations(me.scope()));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("page", this.plans.list(me.scope(), station, scenario, Pages.of(page, 25)));
		return "emergency/list";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		return this.page.detail(model, me.scope(), this.plans.get(me.scope(), id));
	}

	@GetMapping("/new")
	@PreAuthorize(WRITERS)
	String showCreateForm(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("form", PlanForm.empty(me.stationId()));
		return form(model, me);
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	String create(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") PlanForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (unreadable(result, model, PlanForm.empty(me.stationId()))) {
			return form(model, me);
		}
		Long stationId = (me.stationId() != null) ? me.stationId() : form.stationId();
		if (stationId == null) {
			result.rejectValue("stationId", "emergency.station.required");
		}
		if (result.hasErrors()) {
			return form(model, me);
		}
		try {
			EmergencyPlan plan = this.plans.create(me.scope(), Objects.requireNonNull(stationId), form.toDetails());
			redirect.addFlashAttribute("message", "emergency.saved");
			return "redirect:/emergency/" + plan.getId();
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return form(model, me);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(WRITERS)
	String showEditForm(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		model.addAttribute("form", PlanForm.of(this.plans.get(me.scope(), id)));
		model.addAttribute("planId", id);
		return form(model, me);
	}

	@PostMapping("/{id}")
	@PreAuthorize(WRITERS)
	String update(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("form") PlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		EmergencyPlan current = this.plans.get(me.scope(), id);
		model.addAttribute("planId", id);
		if (unreadable(result, model, PlanForm.of(current))) {
			return form(model, me);
		}
		if (form.version() == null) {
			result.reject("emergency.edit.conflict");
		}
		if (result.hasErrors()) {
			return form(model, me);
		}
		try {
			this.plans.update(me.scope(), id, Objects.requireNonNull(form.version()), form.toDetails());
			redirect.addFlashAttribute("message", "emergency.saved");
			return "redirect:/emergency/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return form(model, me);
		}
	}

	static boolean unreadable(BindingResult result, Model model, Object emptyForm) {
		if (result.getTarget() != null) {
			return false;
		}
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + result.getObjectName());
		model.addAttribute(result.getObjectName(), emptyForm);
		model.addAttribute("unreadableForm", true);
		return true;
	}

	private String form(Model model, OfficerPrincipal me) {
		model.addAttribute("scenarios", Scenario.values());
		model.addAttribute("stations", this.stations.visibleStations(me.scope()));
		return FORM;
	}

}
