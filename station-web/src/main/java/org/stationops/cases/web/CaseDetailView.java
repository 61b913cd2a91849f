package org.stationops.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stationops.cases.CaseEvent;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseReview;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.CaseService;
import org.stationops.cases.CaseStage;
import org.stationops.cases.Decision;
import org.stationops.cases.DeadlineEngine;
import org.stationops.cases.ParticularKind;
import org.stationops.cases.PauseReason;
import org.stationops.cases.SuspectStatus;
import org.stationops.officers.OfficerService;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of the case page, including the empty sub-forms a failed sub-form did
 * not already put there.
 */
@Component
class CaseDetailView {

	static final String VIEW = "cases/detail";

	private final CaseService cases;

	private final CaseReviewService reviews;

	private final OfficerService officers;

	private final Clock clock;

	private final TimelineText timelineText;

	CaseDetailView(CaseService cases, CaseReviewService reviews, OfficerService officers, Clock clock,
			TimelineText timelineText) {
		this.timelineText = timelineText;
		this.cases = cases;
		this.reviews = reviews;
		this.officers = officers;
		this.clock = clock;
	}

	void populate(OfficerPrincipal me, Long id, Model model) {
		CaseFile caseFile = this.cases.get(me.scope(), id);
		model.addAttribute("caseFile", caseFile);
		List<CaseEvent> timeline = this.cases.timeline(me.scope(), id);
		List<CaseReview> caseReviews = this.reviews.ofCase(me.scope(), id);
		model.addAttribute("timeline", timeline);
		model.addAttribute("suspects", this.cases.suspects(me.scope(), id));
		model.addAttribute("particulars", this.cases.particulars(me.scope(), id));
		model.addAttribute("pauses", this.cases.pauses(me.scope(), id));
		model.addAttribute("extensions", this.cases.extensions(me.scope(), id));
		model.addAttribute("reviews", caseReviews);
		model.addAttribute("reasons", this.reviews.reasons());
		model.addAttribute("timelineTexts",
				this.timelineText.render(timeline, this.reviews.reasons(), LocaleContextHolder.getLocale()));
		Set<Long> ids = new HashSet<>();
		ids.add(caseFile.getLeadOfficerId());
		caseReviews.forEach(r -> {
			ids.add(r.getSubmittedBy());
			if (r.getDecidedBy() != null) {
				ids.add(r.getDecidedBy());
			}
		});
		Map<Long, String> names = new java.util.HashMap<>();
		this.officers.byIds(ids).forEach((k, v) -> names.put(k, v.getDisplayName()));
		model.addAttribute("officerNames", names);
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("zone", DeadlineEngine.ZONE);
		model.addAttribute("advanceTo",
				caseFile.getStage().next(caseFile.getKind()).stream().filter(s -> !s.needsReview()).toList());
		List<Decision> decisions = new java.util.ArrayList<>(caseFile.getStage()
			.next(caseFile.getKind())
			.stream()
			.map(CaseStage::decision)
			.filter(java.util.Objects::nonNull)
			.toList());
		if (caseFile.getClockStartedOn() != null && !caseFile.getStage().isTerminal()
				&& caseFile.getStage() != CaseStage.PUNISHMENT_DECIDED) {
			decisions.add(Decision.EXTENSION);
		}
		model.addAttribute("decisions", decisions);
		model.addAttribute("suspectStatuses", SuspectStatus.values());
		model.addAttribute("particularKinds", ParticularKind.values());
		model.addAttribute("pauseReasons", List.of(PauseReason.APPRAISAL, PauseReason.HEARING));
		model.addAttribute("clockOpenPause", caseFile.isClockPaused());
		model.addAttribute("canWork", (me.hasRole("OFFICER") || me.hasRole("SUPERVISOR")) && me.stationId() != null);
		putIfAbsent(model, "suspectForm", WorkForms.SuspectForm.empty());
		putIfAbsent(model, "particularForm", WorkForms.ParticularForm.empty());
		putIfAbsent(model, "noteForm", WorkForms.NoteForm.empty());
		putIfAbsent(model, "decisionForm", WorkForms.DecisionForm.empty());
		putIfAbsent(model, "pauseForm", WorkForms.PauseForm.empty(LocalDate.now(this.clock)));
	}

	private static void putIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

}
