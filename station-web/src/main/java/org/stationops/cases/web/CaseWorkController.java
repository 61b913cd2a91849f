package org.stationops.cases.web;

import java.util.Locale;
import java.util.Objects;

import jakarta.validation.Valid;
import org.stationops.cases.CaseService;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.CaseStage;
import org.stationops.cases.PauseReason;
import org.stationops.cases.Suspect;
import org.stationops.cases.SuspectStatus;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.StationTime;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

/**
 * The work done on an open case: stage moves, decisions for review, suspects,
 * particulars, notes and the clock's pauses.
 */
@Controller
@RequestMapping("/cases/{id}")
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
class CaseWorkController {

	private final CaseService cases;

	private final CaseReviewService reviews;

	private final CaseDetailView detail;

	private final MessageSource messages;

	CaseWorkController(CaseService cases, CaseReviewService reviews, CaseDetailView detail, MessageSource messages) {
		this.cases = cases;
		this.reviews = reviews;
		this.detail = detail;
		this.messages = messages;
	}

	@PostMapping("/stage")
	String advance(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @RequestParam CaseStage target,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.cases.advance(me.scope(), id, target, CaseController.actor(me));
			redirect.addFlashAttribute("message", "cases.stage.changed");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("caseError", text(ex, locale));
		}
		return "redirect:/cases/" + id;
	}

	@PostMapping("/decisions")
	String submitDecision(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("decisionForm") WorkForms.DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.reviews.submit(me.scope(), id, Objects.requireNonNull(form.decision()), form.facts(),
						CaseController.actor(me));
				redirect.addFlashAttribute("message", "cases.review.submitted");
				return "redirect:/cases/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return again(me, id, model);
	}

	@PostMapping("/suspects")
	String addSuspect(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("suspectForm") WorkForms.SuspectForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return again(me, id, model);
		}
		this.cases.addSuspect(me.scope(), id, Objects.requireNonNull(form.name()).trim(),
				Objects.requireNonNullElse(form.idNumber(), "").trim().toUpperCase(Locale.ROOT),
				Objects.requireNonNull(form.status()), CaseController.actor(me));
		redirect.addFlashAttribute("message", "cases.suspect.saved");
		return "redirect:/cases/" + id;
	}

	@PostMapping("/suspects/{suspectId}/status")
	String changeSuspectStatus(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@PathVariable Long suspectId, @RequestParam SuspectStatus status, RedirectAttributes redirect) {
		this.cases.changeSuspectStatus(me.scope(), id, suspectId, status, CaseController.actor(me));
		redirect.addFlashAttribute("message", "cases.suspect.saved");
		return "redirect:/cases/" + id;
	}

	@PostMapping("/arrivals")
	String recordArrival(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("arrivalForm") WorkForms.ArrivalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.cases.recordArrival(me.scope(), id, Objects.requireNonNull(form.suspectId()),
						Objects.requireNonNull(form.arrivedAt()).atZone(StationTime.ZONE).toInstant(),
						Objects.requireNonNull(form.ground()), CaseController.actor(me));
				redirect.addFlashAttribute("message", "cases.suspect.arrivalSaved");
				return "redirect:/cases/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return again(me, id, model);
	}

	@PostMapping("/offence")
	String recordOffenceDate(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("offenceForm") WorkForms.OffenceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.cases.recordOffenceDate(me.scope(), id, Objects.requireNonNull(form.offenceDate()),
						CaseController.actor(me));
				redirect.addFlashAttribute("message", "cases.offence.saved");
				return "redirect:/cases/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return again(me, id, model);
	}

	@GetMapping("/suspects/{suspectId}")
	String showSuspect(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@PathVariable Long suspectId, Model model) {
		Suspect suspect = this.cases.readSuspectInFull(me.scope(), id, suspectId, me.username());
		model.addAttribute("suspect", suspect);
		model.addAttribute("caseFile", this.cases.get(me.scope(), id));
		return "cases/suspect";
	}

	@PostMapping("/particulars")
	String addParticular(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("particularForm") WorkForms.ParticularForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.cases.addParticular(me.scope(), id, Objects.requireNonNull(form.kind()),
						Objects.requireNonNull(form.description()).trim(), form.amount(),
						Objects.requireNonNullElse(form.region(), "").trim(), CaseController.actor(me));
				redirect.addFlashAttribute("message", "cases.particular.saved");
				return "redirect:/cases/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return again(me, id, model);
	}

	@PostMapping("/notes")
	String addNote(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("noteForm") WorkForms.NoteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return again(me, id, model);
		}
		this.cases.addNote(me.scope(), id, Objects.requireNonNull(form.text()).trim(),
				Boolean.TRUE.equals(form.publicNote()), CaseController.actor(me));
		redirect.addFlashAttribute("message", "cases.note.saved");
		return "redirect:/cases/" + id;
	}

	@PostMapping("/clock")
	String pauseOrResume(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("pauseForm") WorkForms.PauseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				if (form.reason() == null) {
					this.cases.resumeClock(me.scope(), id, Objects.requireNonNull(form.day()),
							CaseController.actor(me));
				}
				else {
					this.cases.pauseClock(me.scope(), id, PauseReason.valueOf(form.reason().name()),
							Objects.requireNonNull(form.day()), CaseController.actor(me));
				}
				redirect.addFlashAttribute("message", "cases.clock.saved");
				return "redirect:/cases/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return again(me, id, model);
	}

	private String again(OfficerPrincipal me, Long id, Model model) {
		this.detail.populate(me, id, model);
		return CaseDetailView.VIEW;
	}

	private String text(RuleViolationException ex, Locale locale) {
		return this.messages.getMessage(
				new DefaultMessageSourceResolvable(new String[] { ex.getCode() }, ex.getArguments(), ex.getCode()),
				locale);
	}

}
