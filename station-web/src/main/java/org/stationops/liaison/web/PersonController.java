package org.stationops.liaison.web;

import jakarta.validation.Valid;
import org.stationops.liaison.EnterpriseService;
import org.stationops.liaison.KeyPersonnelService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Further key personnel of an enterprise (masked here; in full on the logged personal
 * view).
 */
@Controller
@RequestMapping("/liaison/enterprises/{enterpriseId}/people")
class PersonController {

	private static final String VIEW = "liaison/people";

	private final EnterpriseService enterprises;

	private final KeyPersonnelService people;

	PersonController(EnterpriseService enterprises, KeyPersonnelService people) {
		this.enterprises = enterprises;
		this.people = people;
	}

	@ModelAttribute
	void common(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long enterpriseId, Model model) {
		model.addAttribute("e", this.enterprises.get(me.scope(), enterpriseId));
		model.addAttribute("people", this.people.people(me.scope(), enterpriseId));
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", PersonForm.empty());
		return VIEW;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String add(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long enterpriseId,
			@Valid @ModelAttribute("form") PersonForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			this.people.add(me.scope(), enterpriseId, EnterpriseForm.s(form.role()), EnterpriseForm.s(form.name()),
					EnterpriseForm.s(form.idNumber()), EnterpriseForm.s(form.phone()), me.username());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return VIEW;
		}
		redirect.addFlashAttribute("message", "liaison.people.saved");
		return "redirect:/liaison/enterprises/" + enterpriseId + "/people";
	}

	@PostMapping("/{personId}/remove")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String remove(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long enterpriseId,
			@PathVariable Long personId, RedirectAttributes redirect) {
		this.people.remove(me.scope(), enterpriseId, personId, me.username());
		redirect.addFlashAttribute("message", "liaison.people.removed");
		return "redirect:/liaison/enterprises/" + enterpriseId + "/people";
	}

}
