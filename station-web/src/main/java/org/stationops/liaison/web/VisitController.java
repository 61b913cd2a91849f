package org.stationops.liaison.web;

import jakarta.validation.Valid;
import org.stationops.liaison.Enterprise;
import org.stationops.liaison.EnterpriseService;
import org.stationops.liaison.VisitMode;
import org.stationops.liaison.VisitPurpose;
import org.stationops.liaison.VisitService;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/liaison/enterprises/{enterpriseId}/visits")
@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
class VisitController {

	private static final String FORM = "liaison/visit-form";

	private final EnterpriseService enterprises;

	private final VisitService visits;

	VisitController(EnterpriseService enterprises, VisitService visits) {
		this.enterprises = enterprises;
		this.visits = visits;
	}

	@ModelAttribute
	void common(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long enterpriseId, Model model) {
		Enterprise enterprise = this.enterprises.get(me.scope(), enterpriseId);
		model.addAttribute("e", enterprise);
		model.addAttribute("today", this.enterprises.today());
		model.addAttribute("modes", VisitMode.values());
		model.addAttribute("purposeChoices", VisitPurpose.values());
	}

	@GetMapping("/new")
	String showForm(Model model) {
		model.addAttribute("form", VisitForm.empty(this.enterprises.today()));
		return FORM;
	}

	@PostMapping("/{visitId}/follow-up-done")
	String completeFollowUp(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long enterpriseId,
			@PathVariable Long visitId, @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
		this.visits.completeFollowUp(me.scope(), enterpriseId, visitId);
		redirect.addFlashAttribute("message", "liaison.visit.followUpDone");
		return "mine".equals(back) ? "redirect:/liaison/mine" : "redirect:/liaison/enterprises/" + enterpriseId;
	}

	@PostMapping
	String log(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long enterpriseId,
			@Valid @ModelAttribute("form") VisitForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.visits.log(me.scope(), enterpriseId, me.officerId(), form.record());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return FORM;
		}
		redirect.addFlashAttribute("message", "liaison.visit.saved");
		return me.hasRole("LIAISON") ? "redirect:/liaison/mine" : "redirect:/liaison/enterprises/" + enterpriseId;
	}

}
