package org.stationops.mediation.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.mediation.Dispute;
import org.stationops.mediation.DisputeKind;
import org.stationops.mediation.DisputeService;
import org.stationops.mediation.DisputeSource;
import org.stationops.mediation.DisputeStatus;
import org.stationops.mediation.MediationNotifications;
import org.stationops.mediation.MediationWorkload;
import org.stationops.mediation.PartyRole;
import org.stationops.mediation.PartyType;
import org.stationops.mediation.RiskGrade;
import org.stationops.mediation.RuleKind;
import org.stationops.officers.OfficerService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.Pages;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.ReadOnlyPage;
import org.stationops.stations.StationService;
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
@RequestMapping("/mediation")
class DisputeController {

	private static final String FORM = "mediation/form";

	private final DisputeService disputes;

	private final MediationNotifications notifications;

	private final MediationWorkload workload;

	private final StationService stations;

	private final DisputePage page;

	private final OfficerService officers;

	DisputeController(DisputeService disputes, MediationNotifications notifications, MediationWorkload workload,
			StationService stations, DisputePage page, OfficerService officers) {
		this.officers = officers;
		this.disputes = disputes;
		this.notifications = notifications;
		this.workload = workload;
		this.stations = stations;
		this.page = page;
	}

	@ReadOnlyPage
	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @Nullable DisputeStatus status,
			@RequestParam(required = false) @Nullable Long officerId, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("disputes", this.disputes.list(me.scope(), status, officerId, Pages.of(page, 20)));
		model.addAttribute("status", status);
		model.addAttribute("officerId", officerId);
		model.addAttribute("officerChoices",
				(me.stationId() != null) ? this.officers.activeAt(me.stationId()) : java.util.List.of());
		model.addAttribute("statuses", DisputeStatus.values());
		model.addAttribute("categories", this.page.categoryMap());
		model.addAttribute("unread", this.notifications.unreadCount(me.officerId()));
		model.addAttribute("followUpsDue", this.workload.followUpsDue(me.scope()));
		return "mediation/list";
	}

	@GetMapping("/new")
	String showCreateForm(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @Nullable Long incidentId, Model model) {
		model.addAttribute("form", DisputeForm.empty(me.stationId(), this.workload.today()).fromIncident(incidentId));
		return form(me, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") DisputeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(me, model);
		}
		Dispute dispute;
		try {
			dispute = this.disputes.register(me.scope(), form.stationId(), form.details(), form.exclusionCodes(),
					me.officerId());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return form(me, model);
		}
		redirect.addFlashAttribute("message", "mediation.registered");
		return "redirect:/mediation/" + dispute.getId();
	}

	@ReadOnlyPage
	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		return this.page.render(me, id, model);
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		model.addAttribute("form", DisputeForm.of(this.disputes.get(me.scope(), id)));
		model.addAttribute("disputeId", id);
		return form(me, model);
	}

	@PostMapping("/{id}/edit")
	String update(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("form") DisputeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.disputes.get(me.scope(), id);
		model.addAttribute("disputeId", id);
		if (result.hasErrors()) {
			return form(me, model);
		}
		try {
			this.disputes.update(me.scope(), id, DisputeActionsController.version(form.version()), form.details());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return form(me, model);
		}
		redirect.addFlashAttribute("message", "mediation.updated");
		return "redirect:/mediation/" + id;
	}

	/**
	 * The parties in full (ID numbers, phones); the view is logged.
	 */
	@GetMapping("/{id}/parties")
	String parties(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		model.addAttribute("d", this.disputes.get(me.scope(), id));
		model.addAttribute("parties", this.disputes.partiesInFull(me.scope(), id, me.username()));
		return "mediation/parties";
	}

	/**
	 * Where an incident's referral to mediation lands: its dispute file, or a new
	 * registration from the incident.
	 */
	@GetMapping("/by-incident/{incidentId}")
	String byIncident(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long incidentId) {
		return this.disputes.findByIncident(me.scope(), incidentId)
			.map(d -> "redirect:/mediation/" + d.getId())
			.orElse("redirect:/mediation/new?incidentId=" + incidentId);
	}

	private String form(OfficerPrincipal me, Model model) {
		model.addAttribute("stationChoices", this.stations.visibleStations(me.scope()));
		model.addAttribute("areaChoices", this.stations.visibleAreas(me.scope()));
		model.addAttribute("categoryChoices", this.disputes.categories());
		model.addAttribute("kinds", DisputeKind.values());
		model.addAttribute("sources", DisputeSource.values());
		model.addAttribute("grades", RiskGrade.values());
		model.addAttribute("offences", this.page.rules(RuleKind.OFFENCE));
		model.addAttribute("grounds", this.page.rules(RuleKind.GROUND));
		model.addAttribute("exclusionChoices", this.page.rules(RuleKind.EXCLUSION));
		model.addAttribute("caseChoices", this.disputes.mediableCases(me.scope()));
		model.addAttribute("partyTypes", PartyType.values());
		model.addAttribute("partyRoles", PartyRole.values());
		return FORM;
	}

}
