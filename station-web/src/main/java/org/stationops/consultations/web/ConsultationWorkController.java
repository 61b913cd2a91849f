package org.stationops.consultations.web;

import java.util.Objects;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import org.stationops.consultations.Consultation;
import org.stationops.consultations.ConsultationService;
import org.stationops.consultations.web.ConsultationForms.AnswerForm;
import org.stationops.consultations.web.ConsultationForms.IncidentForm;
import org.stationops.incidents.IncidentService;
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

import static org.stationops.consultations.web.ConsultationForms.text;

/**
 * A consultation: its page (the person's phone in full, audited), the answer, and the
 * one-step incident.
 */
@Controller
@RequestMapping("/consultations/{id}")
class ConsultationWorkController {

	private final ConsultationService consultations;

	private final IncidentService incidents;

	ConsultationWorkController(ConsultationService consultations, IncidentService incidents) {
		this.consultations = consultations;
		this.incidents = incidents;
	}

	@GetMapping
	String show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		return detail(model, me, id);
	}

	@PostMapping("/answer")
	@PreAuthorize(ConsultationController.WRITERS)
	String answer(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return run(me, id, result, model, redirect, "consultations.answered", () -> this.consultations
			.answer(me.scope(), id, version(form.version()), text(form.answer()), me.displayName()));
	}

	@PostMapping("/incident")
	@PreAuthorize(ConsultationController.WRITERS)
	String openIncident(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("incidentForm") IncidentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return run(me, id, result, model, redirect, "consultations.incident.opened",
				() -> this.consultations.openIncident(me.scope(), id, version(form.version()),
						text(form.categoryCode()), text(form.location()), me.username()));
	}

	private String run(OfficerPrincipal me, Long id, BindingResult result, Model model, RedirectAttributes redirect,
			String message, Supplier<Consultation> verb) {
		if (result.getTarget() == null) {
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + result.getObjectName());
			model.asMap().remove(result.getObjectName());
			model.addAttribute("unreadableForm", true);
		}
		else if (!result.hasErrors()) {
			try {
				verb.get();
				redirect.addFlashAttribute("message", message);
				return "redirect:/consultations/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return detail(model, me, id);
	}

	private String detail(Model model, OfficerPrincipal me, Long id) {
		Consultation c = this.consultations.read(me.scope(), id, me.username());
		model.addAttribute("c", c);
		model.addAttribute("categories", this.incidents.categories().stream().filter(k -> !k.isTopLevel()).toList());
		if (!model.containsAttribute("answerForm")) {
			model.addAttribute("answerForm", new AnswerForm("", c.getVersion()));
		}
		if (!model.containsAttribute("incidentForm")) {
			model.addAttribute("incidentForm", new IncidentForm(defaultCategory(c), "", c.getVersion()));
		}
		return "consultations/detail";
	}

	private static String defaultCategory(Consultation c) {
		return switch (c.getTopic()) {
			case FRAUD_HELP -> "CRIMINAL.FRAUD";
			case DISPUTE -> "PUBLIC_ORDER.DISPUTE";
			default -> "";
		};
	}

	private static long version(Long version) {
		return Objects.requireNonNullElse(version, -1L);
	}

}
