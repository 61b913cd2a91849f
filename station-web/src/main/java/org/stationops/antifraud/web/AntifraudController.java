package org.stationops.antifraud.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.validation.Valid;
import org.stationops.antifraud.AntifraudService;
import org.stationops.antifraud.FraudType;
import org.stationops.antifraud.FraudWarning;
import org.stationops.antifraud.Intervention;
import org.stationops.antifraud.SessionKind;
import org.stationops.antifraud.WarningOutcome;
import org.stationops.cases.CaseActor;
import org.stationops.cases.CaseFile;
import org.stationops.shared.StationTime;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.Pages;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.data.domain.PageRequest;
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
@RequestMapping("/antifraud")
class AntifraudController {

	private final AntifraudService antifraud;

	private final Clock clock;

	AntifraudController(AntifraudService antifraud, Clock clock) {
		this.antifraud = antifraud;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.antifraud.warnings(me.scope(), Pages.of(page, 20)));
		model.addAttribute("sessions", this.antifraud.sessions(me.scope(), PageRequest.of(0, 10)));
		return "antifraud/list";
	}

	@GetMapping("/warnings/new")
	@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
	String showWarningForm(Model model) {
		model.addAttribute("form", new AntifraudForms.WarningForm("", "", FraudType.ORDER_BRUSHING,
				LocalDateTime.now(this.clock).withSecond(0).withNano(0)));
		model.addAttribute("types", FraudType.values());
		return "antifraud/warning-form";
	}

	@PostMapping("/warnings")
	@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
	String register(@AuthenticationPrincipal OfficerPrincipal me,
			@Valid @ModelAttribute("form") AntifraudForms.WarningForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("types", FraudType.values());
		if (result.hasErrors() || me.stationId() == null) {
			return "antifraud/warning-form";
		}
		FraudWarning warning;
		try {
			warning = this.antifraud.register(me.scope(), me.stationId(),
					Objects.requireNonNull(form.victimName()).trim(), Objects.requireNonNull(form.phone()).trim(),
					Objects.requireNonNull(form.fraudType()),
					Objects.requireNonNull(form.warnedAt()).atZone(StationTime.ZONE).toInstant(), me.officerId());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return "antifraud/warning-form";
		}
		redirect.addFlashAttribute("message", "antifraud.saved");
		return "redirect:/antifraud/warnings/" + warning.getId();
	}

	@GetMapping("/warnings/{id}")
	String show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		FraudWarning warning = this.antifraud.readInFull(me.scope(), id, me.username());
		model.addAttribute("warning", warning);
		if (!model.containsAttribute("outcomeForm")) {
			model.addAttribute("outcomeForm",
					new AntifraudForms.OutcomeForm(warning.getIntervention(), warning.getInterventionNote(),
							warning.getOutcome(), warning.getProtectedAmount(), warning.getVersion()));
		}
		model.addAttribute("interventions", Intervention.values());
		model.addAttribute("outcomes", WarningOutcome.values());
		return "antifraud/warning";
	}

	@PostMapping("/warnings/{id}/outcome")
	@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
	String recordOutcome(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("outcomeForm") AntifraudForms.OutcomeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.antifraud.recordOutcome(me.scope(), id, Objects.requireNonNullElse(form.version(), -1L),
						Objects.requireNonNull(form.intervention()), Objects.requireNonNullElse(form.note(), "").trim(),
						Objects.requireNonNull(form.outcome()),
						Objects.requireNonNullElse(form.protectedAmount(), BigDecimal.ZERO));
				redirect.addFlashAttribute("message", "antifraud.saved");
				return "redirect:/antifraud/warnings/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return show(me, id, model);
	}

	@PostMapping("/warnings/{id}/case")
	@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
	String openCase(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id) {
		CaseFile caseFile = this.antifraud.openCase(me.scope(), id, me.officerId(),
				new CaseActor(me.officerId(), me.displayName()));
		return "redirect:/cases/" + caseFile.getId();
	}

	@GetMapping("/sessions/new")
	@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
	String showSessionForm(Model model) {
		model.addAttribute("form",
				new AntifraudForms.SessionForm(LocalDate.now(this.clock), SessionKind.PUBLICITY, "", "", null));
		model.addAttribute("kinds", SessionKind.values());
		return "antifraud/session-form";
	}

	@PostMapping("/sessions")
	@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
	String recordSession(@AuthenticationPrincipal OfficerPrincipal me,
			@Valid @ModelAttribute("form") AntifraudForms.SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("kinds", SessionKind.values());
		if (result.hasErrors() || me.stationId() == null) {
			return "antifraud/session-form";
		}
		try {
			this.antifraud.recordSession(me.scope(), me.stationId(), Objects.requireNonNull(form.heldOn()),
					Objects.requireNonNull(form.kind()), Objects.requireNonNull(form.venue()).trim(),
					Objects.requireNonNull(form.audience()).trim(), Objects.requireNonNull(form.headcount()),
					me.officerId());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return "antifraud/session-form";
		}
		redirect.addFlashAttribute("message", "antifraud.session.saved");
		return "redirect:/antifraud";
	}

}
