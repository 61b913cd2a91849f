package org.stationops.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.cases.CaseActor;
import org.stationops.cases.CaseChangedException;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseFilter;
import org.stationops.cases.CaseKind;
import org.stationops.cases.CaseNotFoundException;
import org.stationops.cases.CaseService;
import org.stationops.cases.CaseStage;
import org.stationops.cases.DeadlineEngine;
import org.stationops.cases.FilingTrack;
import org.stationops.incidents.IncidentService;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.Pages;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.ReadOnlyPage;
import org.stationops.stations.StationService;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/cases")
class CaseController {

	static final String FORM = "cases/form";

	private final CaseService cases;

	private final CaseDetailView detail;

	private final OfficerService officers;

	private final StationService stations;

	private final Clock clock;

	private final IncidentService incidents;

	CaseController(CaseService cases, CaseDetailView detail, OfficerService officers, StationService stations,
			Clock clock, IncidentService incidents) {
		this.incidents = incidents;
		this.cases = cases;
		this.detail = detail;
		this.officers = officers;
		this.stations = stations;
		this.clock = clock;
	}

	@ReadOnlyPage
	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable CaseKind kind,
			@RequestParam(required = false) @Nullable CaseStage stage,
			@RequestParam(required = false) @Nullable Long officer, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		CaseFilter filter = new CaseFilter(from, to, kind, stage, officer, q);
		Page<CaseFile> result = this.cases.list(me.scope(), filter, Pages.of(page, 20));
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", CaseKind.values());
		model.addAttribute("stages", CaseStage.values());
		model.addAttribute("officerChoices", officerChoices(me));
		model.addAttribute("officerNames", names(result.getContent()));
		model.addAttribute("stationNames", stationNames(me));
		model.addAttribute("now", this.clock.instant());
		return "cases/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
	String showCreateForm(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("form",
				CaseForm.empty(me.officerId(), LocalDateTime.now(this.clock).withSecond(0).withNano(0)));
		return form(me, model);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
	String create(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") CaseForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		checkAcceptedAt(form, result);
		if (result.hasErrors() || me.stationId() == null) {
			return form(me, model);
		}
		CaseFile created;
		try {
			created = this.cases.open(me.scope(), me.stationId(), form.details(), actor(me), null,
					form.submissionKey());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return form(me, model);
		}
		redirect.addFlashAttribute("message", "cases.saved");
		return "redirect:/cases/" + created.getId();
	}

	@ReadOnlyPage
	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		this.detail.populate(me, id, model);
		return CaseDetailView.VIEW;
	}

	@GetMapping("/by-incident/{incidentId}")
	String byIncident(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long incidentId) {
		CaseFile caseFile = this.cases.findByIncident(me.scope(), incidentId)
			.orElseThrow(() -> CaseNotFoundException.forId(incidentId));
		return "redirect:/cases/" + caseFile.getId();
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
	String showEditForm(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		CaseFile caseFile = this.cases.get(me.scope(), id);
		model.addAttribute("form", CaseForm.of(caseFile));
		model.addAttribute("caseFile", caseFile);
		return form(me, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
	String update(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("form") CaseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CaseFile current = this.cases.get(me.scope(), id);
		model.addAttribute("caseFile", current);
		checkAcceptedAt(form, result);
		if (result.hasErrors()) {
			return form(me, model);
		}
		try {
			this.cases.update(me.scope(), id, Objects.requireNonNullElse(form.version(), -1L), form.details(),
					actor(me));
		}
		catch (CaseChangedException ex) {
			FormErrors.reject(result, ex);
			model.addAttribute("changes", Baseline.changes(form.baseline(), current.details().asMap()));
			model.addAttribute("currentVersion", current.getVersion());
			return form(me, model);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return form(me, model);
		}
		redirect.addFlashAttribute("message", "cases.saved");
		return "redirect:/cases/" + id;
	}

	/**
	 * Asks the service's rule about the acceptance time at once, so that it shows with
	 * the form's other errors.
	 */
	private void checkAcceptedAt(CaseForm form, BindingResult result) {
		if (form.acceptedAt() != null && !result.hasFieldErrors("acceptedAt")) {
			try {
				this.cases.checkAcceptedAt(form.acceptedAt().atZone(DeadlineEngine.ZONE).toInstant());
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
	}

	private String form(OfficerPrincipal me, Model model) {
		model.addAttribute("kinds", CaseKind.values());
		model.addAttribute("tracks", FilingTrack.values());
		model.addAttribute("caseCategories",
				this.incidents.categories().stream().filter(c -> !c.isTopLevel()).toList());
		model.addAttribute("officerChoices", officerChoices(me));
		model.addAttribute("zone", DeadlineEngine.ZONE);
		return FORM;
	}

	private List<Officer> officerChoices(OfficerPrincipal me) {
		return (me.stationId() != null) ? this.officers.activeAt(me.stationId()) : List.of();
	}

	private java.util.Map<Long, String> names(List<CaseFile> list) {
		Set<Long> ids = new HashSet<>();
		list.forEach(c -> ids.add(c.getLeadOfficerId()));
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		this.officers.byIds(ids).forEach((k, v) -> names.put(k, v.getDisplayName()));
		return names;
	}

	private java.util.Map<Long, String> stationNames(OfficerPrincipal me) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		this.stations.visibleStations(me.scope()).forEach(s -> names.put(s.getId(), s.getName()));
		return names;
	}

	static CaseActor actor(OfficerPrincipal me) {
		return new CaseActor(me.officerId(), me.displayName());
	}

}
