package org.stationops.patrol.web;

import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.patrol.PatrolUnit;
import org.stationops.patrol.PatrolUnitService;
import org.stationops.patrol.UnitFilter;
import org.stationops.patrol.UnitKind;
import org.stationops.patrol.UnitStatus;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.Pages;
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
 * Patrol units: list, detail, create and edit, and the status buttons (off duty, on
 * duty).
 */
@Controller
@RequestMapping("/patrol/units")
class PatrolUnitController {

	static final String WRITERS = "hasAnyRole('OFFICER','SUPERVISOR')";

	private static final String FORM = "patrol/unit-form";

	private final PatrolUnitService units;

	private final PatrolChoices choices;

	PatrolUnitController(PatrolUnitService units, PatrolChoices choices) {
		this.units = units;
		this.choices = choices;
	}

	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) @Nullable Long station,
			@RequestParam(required = false) @Nullable UnitKind kind,
			@RequestParam(required = false) @Nullable UnitStatus status, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		UnitFilter filter = new UnitFilter(station, kind, status, q);
		this.choices.addTo(model, me);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.units.search(me.scope(), filter, Pages.of(page, 25)));
		return "patrol/units";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		this.choices.addTo(model, me);
		model.addAttribute("u", this.units.get(me.scope(), id));
		return "patrol/unit";
	}

	@GetMapping("/new")
	@PreAuthorize(WRITERS)
	String showCreateForm(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("form", UnitForm.empty(me.stationId()));
		return form(model, me);
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	String create(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") UnitForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (Forms.replaceIfUnreadable(result, model, UnitForm.empty(me.stationId()))) {
			return form(model, me);
		}
		Long stationId = this.choices.stationOf(me, form.stationId());
		if (stationId == null) {
			result.rejectValue("stationId", "patrol.station.required");
		}
		if (result.hasErrors()) {
			return form(model, me);
		}
		try {
			PatrolUnit created = this.units.create(me.scope(), Objects.requireNonNull(stationId), form.toDetails());
			redirect.addFlashAttribute("message", "patrol.saved");
			return "redirect:/patrol/units/" + created.getId();
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return form(model, me);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(WRITERS)
	String showEditForm(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		model.addAttribute("form", UnitForm.of(this.units.get(me.scope(), id)));
		model.addAttribute("unitId", id);
		return form(model, me);
	}

	@PostMapping("/{id}")
	@PreAuthorize(WRITERS)
	String update(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PatrolUnit current = this.units.get(me.scope(), id);
		model.addAttribute("unitId", id);
		if (Forms.replaceIfUnreadable(result, model, UnitForm.of(current))) {
			return form(model, me);
		}
		if (form.version() == null) {
			result.reject("patrol.edit.conflict");
		}
		if (result.hasErrors()) {
			return form(model, me);
		}
		try {
			this.units.update(me.scope(), id, Objects.requireNonNull(form.version()), form.toDetails());
			redirect.addFlashAttribute("message", "patrol.saved");
			return "redirect:/patrol/units/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return form(model, me);
		}
	}

	@PostMapping("/{id}/off-duty")
	@PreAuthorize(WRITERS)
	String offDuty(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @RequestParam long version,
			RedirectAttributes redirect) {
		return Forms.run("/patrol/units/" + id, redirect, "patrol.unit.statusChanged",
				() -> this.units.goOffDuty(me.scope(), id, version));
	}

	@PostMapping("/{id}/on-duty")
	@PreAuthorize(WRITERS)
	String onDuty(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @RequestParam long version,
			RedirectAttributes redirect) {
		return Forms.run("/patrol/units/" + id, redirect, "patrol.unit.statusChanged",
				() -> this.units.comeOnDuty(me.scope(), id, version));
	}

	@PostMapping("/{id}/position")
	@PreAuthorize(WRITERS)
	String position(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@RequestParam(required = false) @Nullable Double latitude,
			@RequestParam(required = false) @Nullable Double longitude, RedirectAttributes redirect) {
		if (latitude == null || longitude == null) {
			redirect.addFlashAttribute("actionError", "patrol.position.outOfRange");
			return "redirect:/patrol/units/" + id;
		}
		return Forms.run("/patrol/units/" + id, redirect, "patrol.unit.positionTaken",
				() -> this.units.reportPosition(me.scope(), id, latitude, longitude));
	}

	private String form(Model model, OfficerPrincipal me) {
		this.choices.addTo(model, me);
		return FORM;
	}

}
