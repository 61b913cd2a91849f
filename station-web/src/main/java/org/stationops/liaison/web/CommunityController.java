package org.stationops.liaison.web;

import java.util.Objects;

import jakarta.validation.Valid;
import org.stationops.liaison.Alliance;
import org.stationops.liaison.EnterpriseService;
import org.stationops.liaison.LiaisonRegisterService;
import org.stationops.liaison.TrainingAudience;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Training sessions for property-management and security staff, and venue alliances.
 */
@Controller
class CommunityController {

	private final LiaisonRegisterService registers;

	private final EnterpriseService enterprises;

	CommunityController(LiaisonRegisterService registers, EnterpriseService enterprises) {
		this.registers = registers;
		this.enterprises = enterprises;
	}

	@GetMapping("/liaison/training")
	String training(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("form",
				new RegisterForms.TrainingForm("", TrainingAudience.BOTH, "", this.enterprises.today(), "", "", 0));
		return trainingPage(me, model);
	}

	@PostMapping("/liaison/training")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String createTraining(@AuthenticationPrincipal OfficerPrincipal me,
			@Valid @ModelAttribute("form") RegisterForms.TrainingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return trainingPage(me, model);
		}
		try {
			this.registers.createTraining(me.scope(), EnterpriseForm.s(form.topic()),
					Objects.requireNonNull(form.audience()), EnterpriseForm.s(form.trainer()),
					Objects.requireNonNull(form.heldOn()), EnterpriseForm.s(form.rotation()),
					EnterpriseForm.s(form.attendees()), Objects.requireNonNull(form.headcount()));
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return trainingPage(me, model);
		}
		redirect.addFlashAttribute("message", "liaison.training.saved");
		return "redirect:/liaison/training";
	}

	@GetMapping("/liaison/alliances")
	String alliances(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("form", new RegisterForms.AllianceForm("", "", null, 0, "", "", null));
		return alliancesPage(me, model);
	}

	@PostMapping("/liaison/alliances")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String createAlliance(@AuthenticationPrincipal OfficerPrincipal me,
			@Valid @ModelAttribute("form") RegisterForms.AllianceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return alliancesPage(me, model);
		}
		try {
			this.registers.createAlliance(me.scope(), EnterpriseForm.s(form.name()), EnterpriseForm.s(form.kind()),
					form.establishedOn(), Objects.requireNonNull(form.securityStaff()),
					EnterpriseForm.s(form.membersNote()), EnterpriseForm.s(form.results()));
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return alliancesPage(me, model);
		}
		redirect.addFlashAttribute("message", "liaison.alliance.saved");
		return "redirect:/liaison/alliances";
	}

	@GetMapping("/liaison/alliances/{id}")
	String alliance(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		Alliance alliance = this.registers.alliance(me.scope(), id);
		model.addAttribute("alliance", alliance);
		model.addAttribute("members", this.registers.allianceMembers(me.scope(), id));
		model.addAttribute("form",
				new RegisterForms.AllianceForm(alliance.getName(), alliance.getKind(), alliance.getEstablishedOn(),
						alliance.getSecurityStaff(), alliance.getMembersNote(), alliance.getResults(),
						alliance.getVersion()));
		return "liaison/alliance";
	}

	@PostMapping("/liaison/alliances/{id}")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String updateAlliance(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("form") RegisterForms.AllianceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("alliance", this.registers.alliance(me.scope(), id));
		model.addAttribute("members", this.registers.allianceMembers(me.scope(), id));
		if (result.hasErrors()) {
			return "liaison/alliance";
		}
		try {
			this.registers.updateAlliance(me.scope(), id, Objects.requireNonNullElse(form.version(), -1L),
					EnterpriseForm.s(form.name()), EnterpriseForm.s(form.kind()), form.establishedOn(),
					Objects.requireNonNull(form.securityStaff()), EnterpriseForm.s(form.membersNote()),
					EnterpriseForm.s(form.results()));
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return "liaison/alliance";
		}
		redirect.addFlashAttribute("message", "liaison.alliance.saved");
		return "redirect:/liaison/alliances/" + id;
	}

	private String trainingPage(OfficerPrincipal me, Model model) {
		model.addAttribute("sessions", this.registers.trainings(me.scope()));
		model.addAttribute("audiences", TrainingAudience.values());
		return "liaison/training";
	}

	private String alliancesPage(OfficerPrincipal me, Model model) {
		model.addAttribute("alliances", this.registers.alliances(me.scope()));
		return "liaison/alliances";
	}

}
