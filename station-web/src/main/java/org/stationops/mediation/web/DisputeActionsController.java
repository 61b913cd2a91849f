package org.stationops.mediation.web;

import java.util.Objects;
import java.util.function.Consumer;

import jakarta.validation.Valid;
import org.stationops.liaison.Enterprise;
import org.stationops.liaison.EnterpriseService;
import org.stationops.mediation.Dispute;
import org.stationops.mediation.DisputeService;
import org.stationops.mediation.PartyDetails;
import org.stationops.mediation.MediationService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work on a dispute file: parties, mediators, risk, sessions, the outcome and the
 * follow-up visits. A refused form comes back on the file's page with its input.
 */
@Controller
@RequestMapping("/mediation/{id}")
class DisputeActionsController {

	private final DisputeService disputes;

	private final MediationService mediation;

	private final DisputePage page;

	private final EnterpriseService enterprises;

	DisputeActionsController(DisputeService disputes, MediationService mediation, DisputePage page,
			EnterpriseService enterprises) {
		this.disputes = disputes;
		this.mediation = mediation;
		this.page = page;
		this.enterprises = enterprises;
	}

	@PostMapping("/parties")
	String addParty(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("partyForm") PartyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		// a value that could not be converted (letters as the enterprise's id) leaves no
		// form to check further: its field error is enough
		if (result.getTarget() != null && form.enterpriseId() == null && DisputeForm.text(form.name()).isEmpty()) {
			result.rejectValue("name", "NotBlank");
		}
		return act(me, id, result, model, redirect, "mediation.party.added", r -> {
			Dispute dispute = this.disputes.get(me.scope(), id);
			PartyDetails details = form.details();
			if (form.enterpriseId() != null) {
				Enterprise enterprise = this.enterprises.get(me.scope(), form.enterpriseId());
				if (!enterprise.getStationId().equals(dispute.getStationId())) {
					throw RuleViolationException.onField("enterpriseId", "mediation.mediator.notAtStation");
				}
				details = form.from(enterprise);
			}
			this.disputes.addParty(me.scope(), id, version(form.version()), details);
		});
	}

	@PostMapping("/mediators")
	String addMediator(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("mediatorForm") ActionForms.MediatorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(me, id, result, model, redirect, "mediation.mediator.added", r -> this.disputes
			.addMediator(me.scope(), id, version(form.version()), form.officerId(), form.contactId()));
	}

	@PostMapping("/risk")
	String changeRisk(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("riskForm") ActionForms.RiskForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(me, id, result, model, redirect, "mediation.risk.saved",
				r -> this.disputes.changeRisk(me.scope(), id, version(form.version()), form.riskGrade(),
						Boolean.TRUE.equals(form.escalated()), DisputeForm.text(form.escalationReason())));
	}

	@PostMapping("/sessions")
	String recordSession(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("sessionForm") ActionForms.SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(me, id, result, model, redirect, "mediation.session.recorded",
				r -> this.mediation.recordSession(me.scope(), id, version(form.version()), form.heldOn(), form.mode(),
						DisputeForm.text(form.place()), form.participants().trim(), form.record().trim(),
						me.officerId()));
	}

	@PostMapping("/agreement")
	String recordAgreement(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("agreementForm") ActionForms.AgreementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(me, id, result, model, redirect, "mediation.agreement.recorded",
				r -> this.mediation.recordAgreement(me.scope(), id, version(form.version()), form.agreement()));
	}

	@PostMapping("/failure")
	String recordFailure(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("failureForm") ActionForms.FailureForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(me, id, result, model, redirect, "mediation.failure.recorded",
				r -> this.mediation.recordFailure(me.scope(), id, version(form.version()), form.failedOn(),
						form.reason().trim(), form.referral()));
	}

	@PostMapping("/follow-ups")
	String completeFollowUp(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("followUpForm") ActionForms.FollowUpForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(me, id, result, model, redirect, "mediation.followUp.recorded",
				r -> this.mediation.completeFollowUp(me.scope(), id, version(form.version()), form.followUpId(),
						form.doneOn(), form.performed(), form.outcome().trim(), form.satisfaction(), me.officerId()));
	}

	private String act(OfficerPrincipal me, Long id, BindingResult result, Model model, RedirectAttributes redirect,
			String message, Consumer<BindingResult> action) {
		if (!result.hasErrors()) {
			try {
				action.accept(result);
				redirect.addFlashAttribute("message", message);
				return "redirect:/mediation/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("failedForm", result.getObjectName());
		return this.page.render(me, id, model);
	}

	static long version(Long version) {
		return Objects.requireNonNullElse(version, -1L);
	}

}
