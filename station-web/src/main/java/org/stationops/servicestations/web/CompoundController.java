package org.stationops.servicestations.web;

import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.CompoundService;
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
 * The register of residential compounds (小区).
 */
@Controller
@RequestMapping("/service-stations/compounds")
class CompoundController {

	private static final String FORM = "servicestations/compound-form";

	private final CompoundService compounds;

	private final ServiceStationChoices choices;

	CompoundController(CompoundService compounds, ServiceStationChoices choices) {
		this.compounds = compounds;
		this.choices = choices;
	}

	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) @Nullable Long station,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		this.choices.addTo(model, me);
		model.addAttribute("q", q);
		model.addAttribute("page", this.compounds.search(me.scope(), station, q, Pages.of(page, 50)));
		return "servicestations/compounds";
	}

	@GetMapping("/new")
	@PreAuthorize(ServiceStationController.WRITERS)
	String showCreateForm(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("form", CompoundForm.empty(me.stationId()));
		this.choices.addTo(model, me);
		return FORM;
	}

	@PostMapping
	@PreAuthorize(ServiceStationController.WRITERS)
	String create(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") CompoundForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (UnreadableForms.replaceIfUnreadable(result, model, CompoundForm.empty(me.stationId()))) {
			this.choices.addTo(model, me);
			return FORM;
		}
		Long stationId = (me.stationId() != null) ? me.stationId() : form.stationId();
		if (stationId == null) {
			result.rejectValue("stationId", "servicestations.station.required");
		}
		checkPosition(form, result);
		if (result.hasErrors()) {
			this.choices.addTo(model, me);
			return FORM;
		}
		try {
			this.compounds.create(me.scope(), Objects.requireNonNull(stationId), form.toDetails());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			this.choices.addTo(model, me);
			return FORM;
		}
		redirect.addFlashAttribute("message", "servicestations.compound.saved");
		return "redirect:/service-stations/compounds";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(ServiceStationController.WRITERS)
	String showEditForm(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		model.addAttribute("form", CompoundForm.of(this.compounds.get(me.scope(), id)));
		model.addAttribute("compoundId", id);
		this.choices.addTo(model, me);
		return FORM;
	}

	@PostMapping("/{id}")
	@PreAuthorize(ServiceStationController.WRITERS)
	String update(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("form") CompoundForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var current = this.compounds.get(me.scope(), id);
		model.addAttribute("compoundId", id);
		if (UnreadableForms.replaceIfUnreadable(result, model, CompoundForm.of(current))) {
			this.choices.addTo(model, me);
			return FORM;
		}
		checkPosition(form, result);
		if (form.version() == null) {
			result.reject("servicestations.edit.conflict");
		}
		if (result.hasErrors()) {
			this.choices.addTo(model, me);
			return FORM;
		}
		try {
			this.compounds.update(me.scope(), id, Objects.requireNonNull(form.version()), form.toDetails());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			this.choices.addTo(model, me);
			return FORM;
		}
		redirect.addFlashAttribute("message", "servicestations.compound.saved");
		return "redirect:/service-stations/compounds";
	}

	private static void checkPosition(CompoundForm form, BindingResult result) {
		if (!result.hasFieldErrors("latitude") && !result.hasFieldErrors("longitude") && !form.positionInRange()) {
			result.rejectValue("latitude", "servicestations.position.outOfRange");
		}
	}

}
