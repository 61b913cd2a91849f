package org.stationops.stations.web;

import java.util.Objects;

import jakarta.validation.Valid;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.AreaKind;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
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

@Controller
@RequestMapping("/stations/{stationId}/areas")
class AreaController {

	private static final String FORM = "stations/area-form";

	private final StationService stations;

	AreaController(StationService stations) {
		this.stations = stations;
	}

	@ModelAttribute
	void common(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long stationId, Model model) {
		Station station = this.stations.get(me.scope(), stationId);
		model.addAttribute("station", station);
		model.addAttribute("kinds", AreaKind.values());
		model.addAttribute("officerChoices", this.stations.staff(me.scope(), stationId));
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		model.addAttribute("form", AreaForm.empty());
		return FORM;
	}

	@PostMapping
	String create(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long stationId,
			@Valid @ModelAttribute("form") AreaForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.stations.createArea(me.scope(), stationId, form.name().trim(), form.kind(),
					form.responsibleOfficerId());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return FORM;
		}
		redirect.addFlashAttribute("message", "areas.saved");
		return "redirect:/stations/" + stationId;
	}

	@GetMapping("/{areaId}/edit")
	String showEditForm(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long stationId,
			@PathVariable Long areaId, Model model) {
		model.addAttribute("form", AreaForm.of(this.stations.getArea(me.scope(), areaId)));
		model.addAttribute("areaId", areaId);
		return FORM;
	}

	@PostMapping("/{areaId}")
	String update(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long stationId, @PathVariable Long areaId,
			@Valid @ModelAttribute("form") AreaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("areaId", areaId);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.stations.updateArea(me.scope(), areaId, Objects.requireNonNullElse(form.version(), -1L),
					form.name().trim(), form.kind(), form.responsibleOfficerId());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return FORM;
		}
		redirect.addFlashAttribute("message", "areas.saved");
		return "redirect:/stations/" + stationId;
	}

}
