package org.stationops.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseFolder;
import org.stationops.cases.CaseFolders;
import org.stationops.cases.DeadlineEngine;
import org.stationops.cases.ParticularKind;
import org.stationops.cases.PauseReason;
import org.stationops.cases.QuestioningGround;
import org.stationops.cases.SuspectStatus;
import org.jspecify.annotations.Nullable;
import org.stationops.incidents.IncidentCategory;
import org.stationops.incidents.IncidentService;
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

	private final CaseFolders folders;

	private final OfficerService officers;

	private final Clock clock;

	private final TimelineText timelineText;

	private final IncidentService incidents;

	CaseDetailView(CaseFolders folders, OfficerService officers, Clock clock, TimelineText timelineText,
			IncidentService incidents) {
		this.incidents = incidents;
		this.folders = folders;
		this.officers = officers;
		this.clock = clock;
		this.timelineText = timelineText;
	}

	void populate(OfficerPrincipal me, Long id, Model model) {
		CaseFolder folder = this.folders.folder(me.scope(), id);
		CaseFile caseFile = folder.caseFile();
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("timeline", folder.timeline());
		model.addAttribute("categoryName", categoryName(caseFile.getCategoryCode()));
		model.addAttribute("fraudWarningId", fraudWarningId(caseFile.getSubmissionKey()));
		Long incidentId = caseFile.getIncidentId();
		model.addAttribute("incidentReceipt",
				(incidentId != null) ? this.incidents.receiptNumber(me.scope(), incidentId).orElse(null) : null);
		model.addAttribute("suspects", folder.suspects());
		model.addAttribute("particulars", folder.particulars());
		model.addAttribute("pauses", folder.pauses());
		model.addAttribute("extensions", folder.extensions());
		model.addAttribute("reviews", folder.reviews());
		model.addAttribute("reasons", folder.reasons());
		model.addAttribute("timelineTexts",
				this.timelineText.render(folder.timeline(), folder.reasons(), LocaleContextHolder.getLocale()));
		Set<Long> ids = new HashSet<>();
		ids.add(caseFile.getLeadOfficerId());
		folder.reviews().forEach(r -> {
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
		model.addAttribute("advanceTo", caseFile.possibleAdvances());
		model.addAttribute("decisions", caseFile.possibleDecisions());
		model.addAttribute("suspectStatuses", SuspectStatus.values());
		model.addAttribute("particularKinds", ParticularKind.values());
		model.addAttribute("pauseReasons", List.of(PauseReason.APPRAISAL, PauseReason.HEARING));
		model.addAttribute("clockOpenPause", caseFile.isClockPaused());
		model.addAttribute("canWork", (me.hasRole("OFFICER") || me.hasRole("SUPERVISOR")) && me.stationId() != null);
		putIfAbsent(model, "suspectForm", WorkForms.SuspectForm.empty());
		putIfAbsent(model, "arrivalForm", WorkForms.ArrivalForm.empty());
		putIfAbsent(model, "offenceForm", new WorkForms.OffenceForm(folder.caseFile().getOffenceDate()));
		model.addAttribute("questioningGrounds", QuestioningGround.values());
		putIfAbsent(model, "particularForm", WorkForms.ParticularForm.empty());
		putIfAbsent(model, "noteForm", WorkForms.NoteForm.empty());
		putIfAbsent(model, "decisionForm", WorkForms.DecisionForm.empty());
		putIfAbsent(model, "pauseForm", WorkForms.PauseForm.empty(LocalDate.now(this.clock)));
	}

	/**
	 * @return the category's name in the reader's language (e.g. {@code 刑事 · 盗窃}), the
	 * code itself if the taxonomy no longer has it, or {@literal null} if none.
	 */
	@Nullable String categoryName(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		Map<String, IncidentCategory> byCode = this.incidents.categoriesByCode();
		IncidentCategory category = byCode.get(code);
		if (category == null) {
			return code;
		}
		String language = LocaleContextHolder.getLocale().getLanguage();
		IncidentCategory parent = (category.getParentCode() != null) ? byCode.get(category.getParentCode()) : null;
		return (parent != null) ? parent.name(language) + " · " + category.name(language) : category.name(language);
	}

	/**
	 * @return the fraud warning a case was opened from (its opening key
	 * {@code fraud-warning-<id>}), or {@literal null}.
	 */
	static @Nullable Long fraudWarningId(@Nullable String submissionKey) {
		String prefix = "fraud-warning-";
		if (submissionKey == null || !submissionKey.startsWith(prefix)) {
			return null;
		}
		try {
			return Long.valueOf(submissionKey.substring(prefix.length()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static void putIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

}
