package org.stationops.stations.web;

import java.util.Objects;

import jakarta.validation.Valid;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.security.access.AccessDeniedException;
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
@RequestMapping("/stations")
class StationController {

	private static final String FORM = "stations/form";

	private final StationService stations;

	StationController(StationService stations) {
		this.stations = stations;
	}

	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("stations", this.stations.visibleStations(me.scope()));
		return "stations/list";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		Station station = this.stations.get(me.scope(), id);
		var areas = this.stations.areas(me.scope(), id);
		model.addAttribute("station", station);
		model.addAttribute("areas", areas);
		model.addAttribute("officerNames", this.stations.officerNames(areas));
		return "stations/detail";
	}

	@GetMapping("/new")
	String showCreateForm(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		requireBureau(me);
		model.addAttribute("form", StationForm.empty());
		return FORM;
	}

	@PostMapping
	String create(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") StationForm form,
			BindingResult result, RedirectAttributes redirect) {
		requireBureau(me);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			Station station = this.stations.create(form.toProfile());
			redirect.addFlashAttribute("message", "stations.saved");
			return "redirect:/stations/" + station.getId();
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return FORM;
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		Station station = this.stations.get(me.scope(), id);
		model.addAttribute("form", StationForm.of(station));
		model.addAttribute("stationId", id);
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("form") StationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.stations.get(me.scope(), id);
		model.addAttribute("stationId", id);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.stations.update(id, Objects.requireNonNullElse(form.version(), -1L), form.toProfile());
			redirect.addFlashAttribute("message", "stations.saved");
			return "redirect:/stations/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return FORM;
		}
	}

	private static void requireBureau(OfficerPrincipal me) {
		if (!me.scope().isBureau()) {
			throw new AccessDeniedException("Only bureau-level administrators create stations");
		}
	}

}
