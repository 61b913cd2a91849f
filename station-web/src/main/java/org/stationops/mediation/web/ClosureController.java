package org.stationops.mediation.web;

import jakarta.validation.Valid;
import org.stationops.mediation.MediationService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Closure (销号): the officer asks once the follow-up is done; only a supervisor approves
 * it or returns it with a reason.
 */
@Controller
@RequestMapping("/mediation/{id}/closure")
class ClosureController {

	private final MediationService mediation;

	private final DisputePage page;

	ClosureController(MediationService mediation, DisputePage page) {
		this.mediation = mediation;
		this.page = page;
	}

	@PostMapping("/request")
	String request(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		try {
			this.mediation.requestClosure(me.scope(), id, version);
			redirect.addFlashAttribute("message", "mediation.closure.requested");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("problem", ex.getCode());
		}
		return "redirect:/mediation/" + id;
	}

	@PostMapping("/approve")
	@PreAuthorize("hasAnyRole('SUPERVISOR', 'BUREAU_SUPERVISOR')")
	String approve(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		try {
			this.mediation.approveClosure(me.scope(), id, version, me.officerId());
			redirect.addFlashAttribute("message", "mediation.closure.approved");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("problem", ex.getCode());
		}
		return "redirect:/mediation/" + id;
	}

	@PostMapping("/return")
	@PreAuthorize("hasAnyRole('SUPERVISOR', 'BUREAU_SUPERVISOR')")
	String returnClosure(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("returnForm") ActionForms.ReturnForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.mediation.returnClosure(me.scope(), id, DisputeActionsController.version(form.version()),
						form.reason().trim());
				redirect.addFlashAttribute("message", "mediation.closure.returned");
				return "redirect:/mediation/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("failedForm", "returnForm");
		return this.page.render(me, id, model);
	}

}
