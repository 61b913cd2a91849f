package org.stationops.analysis.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.stationops.analysis.AdviceQueries;
import org.stationops.analysis.PatternOutcome;
import org.stationops.analysis.PreventionAdvice;
import org.stationops.analysis.PreventionAdviceService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.StationService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The advice's state changes, for supervisors: send a draft, record the reply, review
 * whether the pattern changed. A refused change comes back to the advice page with its
 * reason and the input kept.
 */
@Controller
@RequestMapping("/reports/advice/{id}")
@PreAuthorize(AdviceController.WRITERS)
class AdviceActionController {

	private static final int MAX_TEXT = 4000;

	private final PreventionAdviceService advice;

	private final StationService stations;

	AdviceActionController(PreventionAdviceService advice, StationService stations) {
		this.advice = advice;
		this.stations = stations;
	}

	@PostMapping("/send")
	String send(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			Model model, RedirectAttributes redirect) {
		PreventionAdvice current = this.advice.get(me.scope(), id);
		if (version == null || on == null) {
			return refused(me, current, "advice.date.required", model, on, null, null, null);
		}
		try {
			this.advice.send(me.scope(), id, version, on);
		}
		catch (RuleViolationException ex) {
			return refused(me, current, ex.getCode(), model, on, null, null, null);
		}
		redirect.addFlashAttribute("message", "advice.sent");
		return "redirect:/reports/advice/" + id;
	}

	@PostMapping("/reply")
	String reply(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@RequestParam(defaultValue = "") String text, Model model, RedirectAttributes redirect) {
		PreventionAdvice current = this.advice.get(me.scope(), id);
		if (version == null || on == null) {
			return refused(me, current, "advice.date.required", model, null, on, text, null);
		}
		if (text.length() > MAX_TEXT) {
			return refused(me, current, "advice.text.tooLong", model, null, on, text, null);
		}
		try {
			this.advice.recordReply(me.scope(), id, version, on, text);
		}
		catch (RuleViolationException ex) {
			return refused(me, current, ex.getCode(), model, null, on, text, null);
		}
		redirect.addFlashAttribute("message", "advice.replied");
		return "redirect:/reports/advice/" + id;
	}

	@PostMapping("/review")
	String review(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable PatternOutcome outcome,
			@RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
		PreventionAdvice current = this.advice.get(me.scope(), id);
		if (version == null || outcome == null) {
			return refused(me, current, "advice.outcome.required", model, null, null, null, note);
		}
		if (note.length() > MAX_TEXT) {
			return refused(me, current, "advice.text.tooLong", model, null, null, null, note);
		}
		try {
			this.advice.review(me.scope(), id, version, outcome, note);
		}
		catch (RuleViolationException ex) {
			return refused(me, current, ex.getCode(), model, null, null, null, note);
		}
		redirect.addFlashAttribute("message", "advice.reviewed");
		return "redirect:/reports/advice/" + id;
	}

	private String refused(OfficerPrincipal me, PreventionAdvice current, String code, Model model,
			@Nullable LocalDate sendOn, @Nullable LocalDate replyOn, @Nullable String replyText,
			@Nullable String reviewNote) {
		model.addAttribute("actionError", code);
		model.addAttribute("sendOn", sendOn);
		model.addAttribute("replyOn", replyOn);
		model.addAttribute("replyText", replyText);
		model.addAttribute("reviewNote", reviewNote);
		model.addAttribute("advice", current);
		model.addAttribute("pattern", this.advice.pattern(current));
		model.addAttribute("today", this.advice.today());
		addNames(model, this.advice, this.stations, me, current);
		return "analysis/advice-detail";
	}

	static void addNames(Model model, PreventionAdviceService advice, StationService stations, OfficerPrincipal me,
			PreventionAdvice a) {
		model.addAttribute("outcomes", PatternOutcome.values());
		model.addAttribute("areaName",
				(a.getAreaId() == null) ? null
						: stations.areas(me.scope(), a.getStationId())
							.stream()
							.filter(x -> x.getId().equals(a.getAreaId()))
							.map(x -> x.getName())
							.findFirst()
							.orElse(null));
		model.addAttribute("category",
				(a.getCategoryCode() == null) ? null
						: advice.categories()
							.stream()
							.filter(c -> c.code().equals(a.getCategoryCode()))
							.map(AdviceQueries.Category::label)
							.findFirst()
							.orElse(null));
	}

}
