package org.stationops.analysis.web;

import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.analysis.PreventionAdvice;
import org.stationops.analysis.PreventionAdviceService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.Pages;
import org.stationops.shared.web.ReadOnlyPage;
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
 * Prevention advice (防范建议): the list and the advice page for every officer of the
 * station; writing and editing for supervisors.
 */
@Controller
@RequestMapping("/reports/advice")
class AdviceController {

	static final String WRITERS = "hasAnyRole('SUPERVISOR','BUREAU_SUPERVISOR')";

	private static final String FORM = "analysis/advice-form";

	private final PreventionAdviceService advice;

	private final StationService stations;

	AdviceController(PreventionAdviceService advice, StationService stations) {
		this.advice = advice;
		this.stations = stations;
	}

	@ReadOnlyPage
	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.advice.list(me.scope(), Pages.of(page, 25)));
		return "analysis/advice-list";
	}

	@ReadOnlyPage
	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		PreventionAdvice a = this.advice.get(me.scope(), id);
		model.addAttribute("advice", a);
		model.addAttribute("pattern", this.advice.pattern(a));
		model.addAttribute("today", this.advice.today());
		AdviceActionController.addNames(model, this.advice, this.stations, me, a);
		return "analysis/advice-detail";
	}

	@ReadOnlyPage
	@GetMapping("/new")
	@PreAuthorize(WRITERS)
	String showCreateForm(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @Nullable Long station, @RequestParam(required = false) @Nullable Long area,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String basis, Model model) {
		Long stationId = (me.stationId() != null) ? me.stationId() : station;
		String prefill = (basis != null && basis.length() <= 2000) ? basis : null;
		String code = (category != null && category.length() <= 40) ? category : null;
		model.addAttribute("form", AdviceForm.empty(stationId, area, code, prefill));
		return form(model, me, stationId);
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	String create(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") AdviceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Long stationId = (me.stationId() != null) ? me.stationId() : form.stationId();
		if (result.getTarget() == null) {
			return unreadable(model, me, AdviceForm.empty(stationId, null, null, null), stationId);
		}
		if (stationId == null) {
			result.rejectValue("stationId", "advice.station.required");
		}
		if (result.hasErrors()) {
			return form(model, me, stationId);
		}
		try {
			PreventionAdvice written = this.advice.write(me.scope(), Objects.requireNonNull(stationId),
					form.toDetails(), me.username());
			redirect.addFlashAttribute("message", "advice.saved");
			return "redirect:/reports/advice/" + written.getId();
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return form(model, me, stationId);
		}
	}

	@ReadOnlyPage
	@GetMapping("/{id}/edit")
	@PreAuthorize(WRITERS)
	String showEditForm(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		PreventionAdvice a = this.advice.get(me.scope(), id);
		model.addAttribute("form", AdviceForm.of(a));
		model.addAttribute("adviceId", id);
		return form(model, me, a.getStationId());
	}

	@PostMapping("/{id}")
	@PreAuthorize(WRITERS)
	String update(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("form") AdviceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PreventionAdvice current = this.advice.get(me.scope(), id);
		model.addAttribute("adviceId", id);
		if (result.getTarget() == null) {
			return unreadable(model, me, AdviceForm.of(current), current.getStationId());
		}
		if (form.version() == null) {
			result.reject("advice.edit.conflict");
		}
		if (result.hasErrors()) {
			return form(model, me, current.getStationId());
		}
		try {
			this.advice.edit(me.scope(), id, Objects.requireNonNull(form.version()), form.toDetails());
			redirect.addFlashAttribute("message", "advice.saved");
			return "redirect:/reports/advice/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return form(model, me, current.getStationId());
		}
	}

	private String unreadable(Model model, OfficerPrincipal me, AdviceForm empty, @Nullable Long stationId) {
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
		model.addAttribute("form", empty);
		model.addAttribute("unreadableForm", true);
		return form(model, me, stationId);
	}

	private String form(Model model, OfficerPrincipal me, @Nullable Long stationId) {
		model.addAttribute("stations", this.stations.visibleStations(me.scope()));
		model.addAttribute("categories", this.advice.categories());
		model.addAttribute("targetKinds", org.stationops.analysis.AdviceTarget.values());
		if (stationId != null) {
			model.addAttribute("targets", this.advice.targets(stationId));
			model.addAttribute("areas", this.stations.areas(me.scope(), stationId));
		}
		return FORM;
	}

}
