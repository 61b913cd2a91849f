package org.stationops.officers.web;

import java.util.Objects;

import jakarta.validation.Valid;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.officers.Role;
import org.stationops.officers.SignInThrottle;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.Pages;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.data.domain.Sort;
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
 * Administration of officer accounts: list, create, edit, deactivate, reset password.
 * Phones are masked in the list; opening an account's form shows them in full and is
 * logged.
 */
@Controller
@RequestMapping("/admin/officers")
class OfficerController {

	private static final String FORM = "officers/form";

	private final OfficerService officers;

	private final StationService stations;

	private final SignInThrottle throttle;

	OfficerController(OfficerService officers, StationService stations, SignInThrottle throttle) {
		this.officers = officers;
		this.stations = stations;
		this.throttle = throttle;
	}

	@ModelAttribute
	void choices(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("stations", this.stations.visibleStations(me.scope()));
		model.addAttribute("allRoles", Role.values());
	}

	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page",
				this.officers.list(me.scope(), Pages.of(page, 25, Sort.by("stationId", "displayName"))));
		model.addAttribute("stationNames",
				this.stations.visibleStations(me.scope())
					.stream()
					.collect(java.util.stream.Collectors.toMap(Station::getId, Station::getName)));
		return "officers/list";
	}

	@GetMapping("/new")
	String showCreateForm(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("form", OfficerForm.empty(me.stationId()));
		return FORM;
	}

	@PostMapping
	String create(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") OfficerForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.officers.create(me.scope(), form.toDetails(), Objects.requireNonNullElse(form.password(), ""));
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return FORM;
		}
		redirect.addFlashAttribute("message", "officers.saved");
		return "redirect:/admin/officers";
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		Officer officer = this.officers.readInFull(me.scope(), id, me.username());
		model.addAttribute("form", OfficerForm.of(officer));
		model.addAttribute("officer", officer);
		model.addAttribute("passwordForm", new PasswordForm(""));
		model.addAttribute("signInLocked", this.throttle.isLocked(officer.getUsername()));
		return FORM;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, RedirectAttributes redirect) {
		this.throttle.unlock(this.officers.get(me.scope(), id).getUsername(), me.username());
		redirect.addFlashAttribute("message", "officers.unlocked");
		return "redirect:/admin/officers/" + id + "/edit";
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("form") OfficerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Officer officer = this.officers.get(me.scope(), id);
		model.addAttribute("officer", officer);
		model.addAttribute("passwordForm", new PasswordForm(""));
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.officers.update(me.scope(), id, Objects.requireNonNullElse(form.version(), -1L), form.toDetails());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return FORM;
		}
		redirect.addFlashAttribute("message", "officers.saved");
		return "redirect:/admin/officers";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Officer officer = this.officers.get(me.scope(), id);
		if (result.hasErrors()) {
			model.addAttribute("officer", officer);
			model.addAttribute("form", OfficerForm.of(officer));
			return FORM;
		}
		this.officers.resetPassword(me.scope(), id, Objects.requireNonNull(form.password()));
		redirect.addFlashAttribute("message", "officers.passwordReset");
		return "redirect:/admin/officers/" + id + "/edit";
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			RedirectAttributes redirect) {
		this.officers.setActive(me.scope(), id, false, me.officerId());
		redirect.addFlashAttribute("message", "officers.deactivated");
		return "redirect:/admin/officers";
	}

	@PostMapping("/{id}/activate")
	String activate(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, RedirectAttributes redirect) {
		this.officers.setActive(me.scope(), id, true, me.officerId());
		redirect.addFlashAttribute("message", "officers.activated");
		return "redirect:/admin/officers";
	}

}
