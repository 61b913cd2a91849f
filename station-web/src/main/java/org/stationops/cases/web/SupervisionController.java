package org.stationops.cases.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseReview;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.CaseService;
import org.stationops.cases.DeadlineEngine;
import org.stationops.cases.DeadlineStatus;
import org.stationops.officers.OfficerService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.StationService;
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
 * 执法办案监督: deadlines due soon and overdue per officer and per station, the review queue,
 * returned decisions and first-pass approval rates.
 */
@Controller
@RequestMapping("/supervision")
class SupervisionController {

	private final CaseReviewService reviews;

	private final CaseService cases;

	private final OfficerService officers;

	private final StationService stations;

	private final MessageSource messages;

	SupervisionController(CaseReviewService reviews, CaseService cases, OfficerService officers,
			StationService stations, MessageSource messages) {
		this.reviews = reviews;
		this.cases = cases;
		this.officers = officers;
		this.stations = stations;
		this.messages = messages;
	}

	@GetMapping
	String show(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		List<CaseFile> due = this.reviews.dueSoonOrOverdue(me.scope());
		List<CaseReview> queue = this.reviews.queue(me.scope());
		List<CaseReview> returned = this.reviews.returnedTo(me.officerId());
		List<CaseReviewService.FirstPassRate> rates = this.reviews.firstPassRates(me.scope());
		Set<Long> officerIds = new HashSet<>();
		due.forEach(c -> officerIds.add(c.getLeadOfficerId()));
		queue.forEach(r -> officerIds.add(r.getSubmittedBy()));
		rates.forEach(r -> officerIds.add(r.officerId()));
		Map<Long, String> names = new HashMap<>();
		this.officers.byIds(officerIds).forEach((k, v) -> names.put(k, v.getDisplayName()));
		Map<Long, String> stationNames = new HashMap<>();
		this.stations.visibleStations(me.scope()).forEach(s -> stationNames.put(s.getId(), s.getName()));
		Set<Long> caseIds = new HashSet<>();
		queue.forEach(r -> caseIds.add(r.getCaseId()));
		returned.forEach(r -> caseIds.add(r.getCaseId()));
		Map<Long, CaseFile> reviewCases = this.cases.byIds(me.scope(), caseIds);
		Map<String, long[]> byOfficer = new TreeMap<>();
		Map<String, long[]> byStation = new TreeMap<>();
		var now = this.reviews.now();
		for (CaseFile c : due) {
			int slot = (DeadlineEngine.status(c.getDeadlineAt(), now) == DeadlineStatus.OVERDUE) ? 1 : 0;
			byOfficer.computeIfAbsent(names.getOrDefault(c.getLeadOfficerId(), "?"), k -> new long[2])[slot]++;
			byStation.computeIfAbsent(stationNames.getOrDefault(c.getStationId(), "?"), k -> new long[2])[slot]++;
		}
		model.addAttribute("due", due);
		model.addAttribute("byOfficer", byOfficer);
		model.addAttribute("byStation", byStation);
		model.addAttribute("queue", queue);
		model.addAttribute("returned", returned);
		model.addAttribute("rates", rates);
		model.addAttribute("reviewCases", reviewCases);
		model.addAttribute("officerNames", names);
		model.addAttribute("stationNames", stationNames);
		model.addAttribute("reasons", this.reviews.reasons());
		model.addAttribute("now", now);
		model.addAttribute("canReview", me.hasRole("SUPERVISOR") && me.stationId() != null);
		if (!model.containsAttribute("returnForm")) {
			model.addAttribute("returnForm", new ReturnForm("", ""));
		}
		return "cases/supervision";
	}

	@PostMapping("/reviews/{reviewId}/approve")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String approve(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long reviewId,
			@RequestParam(required = false) @Nullable String publicNote, RedirectAttributes redirect, Locale locale) {
		try {
			CaseReview review = this.reviews.approve(me.scope(), reviewId, CaseController.actor(me), publicNote);
			redirect.addFlashAttribute("message", "cases.review.approved");
			return "redirect:/supervision#review-" + review.getId();
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("reviewError", text(ex, locale));
			return "redirect:/supervision";
		}
	}

	@PostMapping("/reviews/{reviewId}/return")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String giveBack(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long reviewId,
			@Valid @ModelAttribute("returnForm") ReturnForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (result.hasErrors()) {
			model.addAttribute("returnFor", reviewId);
			return show(me, model);
		}
		try {
			this.reviews.giveBack(me.scope(), reviewId, Objects.requireNonNull(form.reasonCode()),
					Objects.requireNonNull(form.comment()).trim(), CaseController.actor(me));
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("reviewError", text(ex, locale));
			return "redirect:/supervision";
		}
		redirect.addFlashAttribute("message", "cases.review.returned");
		return "redirect:/supervision";
	}

	private String text(RuleViolationException ex, Locale locale) {
		return this.messages.getMessage(
				new DefaultMessageSourceResolvable(new String[] { ex.getCode() }, ex.getArguments(), ex.getCode()),
				locale);
	}

	record ReturnForm(@NotBlank @Nullable String reasonCode, @NotBlank @Size(max = 2000) @Nullable String comment) {
	}

}
