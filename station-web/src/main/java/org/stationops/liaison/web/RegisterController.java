package org.stationops.liaison.web;

import jakarta.validation.Valid;
import org.stationops.liaison.EnterpriseService;
import org.stationops.liaison.LiaisonRegisterService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/liaison/registers")
class RegisterController {

	private static final String VIEW = "liaison/registers";

	private final LiaisonRegisterService registers;

	private final EnterpriseService enterprises;

	RegisterController(LiaisonRegisterService registers, EnterpriseService enterprises) {
		this.registers = registers;
		this.enterprises = enterprises;
	}

	@GetMapping
	String show(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("circleForm", new RegisterForms.CircleForm(""));
		model.addAttribute("buildingForm", new RegisterForms.BuildingForm("", "", null));
		return page(me, model);
	}

	@PostMapping("/circles")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String createCircle(@AuthenticationPrincipal OfficerPrincipal me,
			@Valid @ModelAttribute("circleForm") RegisterForms.CircleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("buildingForm", new RegisterForms.BuildingForm("", "", null));
		if (result.hasErrors()) {
			return page(me, model);
		}
		try {
			this.registers.createCircle(me.scope(), EnterpriseForm.s(form.name()));
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return page(me, model);
		}
		redirect.addFlashAttribute("message", "liaison.register.saved");
		return "redirect:/liaison/registers";
	}

	@PostMapping("/buildings")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String createBuilding(@AuthenticationPrincipal OfficerPrincipal me,
			@Valid @ModelAttribute("buildingForm") RegisterForms.BuildingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("circleForm", new RegisterForms.CircleForm(""));
		if (result.hasErrors()) {
			return page(me, model);
		}
		try {
			this.registers.createBuilding(me.scope(), EnterpriseForm.s(form.name()), EnterpriseForm.s(form.address()),
					form.circleId());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return page(me, model);
		}
		redirect.addFlashAttribute("message", "liaison.register.saved");
		return "redirect:/liaison/registers";
	}

	private String page(OfficerPrincipal me, Model model) {
		model.addAttribute("circles", this.registers.circles(me.scope()));
		model.addAttribute("buildings", this.registers.buildings(me.scope()));
		model.addAttribute("cadences", this.enterprises.cadences());
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		this.registers.circles(me.scope()).forEach(c -> names.put(c.getId(), c.getName()));
		model.addAttribute("circleNames", names);
		return VIEW;
	}

}
