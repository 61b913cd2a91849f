package org.stationops.mediation.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stationops.incidents.IncidentService;
import org.stationops.liaison.EnterpriseService;
import org.stationops.mediation.DisputeCategory;
import org.stationops.mediation.DisputeFile;
import org.stationops.mediation.DisputeFiles;
import org.stationops.mediation.DisputeService;
import org.stationops.mediation.MediationWorkload;
import org.stationops.mediation.PoliceMediationRule;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a dispute file's page; a form that came back with errors keeps its
 * input, the others start empty.
 */
@Component
class DisputePage {

	static final String VIEW = "mediation/detail";

	private final DisputeService disputes;

	private final DisputeFiles files;

	private final MediationWorkload workload;

	private final EnterpriseService enterprises;

	private final IncidentService incidents;

	DisputePage(DisputeService disputes, DisputeFiles files, MediationWorkload workload, EnterpriseService enterprises,
			IncidentService incidents) {
		this.incidents = incidents;
		this.disputes = disputes;
		this.files = files;
		this.workload = workload;
		this.enterprises = enterprises;
	}

	String render(OfficerPrincipal me, Long id, Model model) {
		DisputeFile file = this.files.file(me.scope(), id);
		model.addAttribute("file", file);
		model.addAttribute("d", file.dispute());
		model.addAttribute("categories", categoryMap());
		Long incidentId = file.dispute().getIncidentId();
		model.addAttribute("incidentReceipt",
				(incidentId != null) ? this.incidents.receiptNumber(me.scope(), incidentId).orElse(null) : null);
		model.addAttribute("rules", ruleMap());
		model.addAttribute("officerChoices", file.officerChoices());
		model.addAttribute("enterpriseChoices", this.enterprises.search(
				org.stationops.shared.Scope.station(file.dispute().getStationId()), "", null, null,
				org.springframework.data.domain.PageRequest.of(0, 300, org.springframework.data.domain.Sort.by("name")))
			.getContent());
		model.addAttribute("contactChoices", file.contactChoices());
		model.addAttribute("officerNames", file.officerNames());
		model.addAttribute("police", file.dispute().isPolice());
		model.addAttribute("linkedCase", file.linkedCase());
		java.time.LocalDate today = this.workload.today();
		model.addAttribute("today", today);
		addIfMissing(model, "partyForm", PartyForm.empty());
		addIfMissing(model, "mediatorForm", ActionForms.MediatorForm.empty());
		addIfMissing(model, "riskForm", new ActionForms.RiskForm(file.dispute().getRiskGrade(),
				file.dispute().isEscalated(), file.dispute().getEscalationReason(), null));
		addIfMissing(model, "sessionForm", ActionForms.SessionForm.empty(today));
		addIfMissing(model, "agreementForm", ActionForms.AgreementForm.empty(today));
		addIfMissing(model, "failureForm", ActionForms.FailureForm.empty(today));
		addIfMissing(model, "followUpForm", ActionForms.FollowUpForm.empty(today));
		addIfMissing(model, "returnForm", ActionForms.ReturnForm.empty());
		return VIEW;
	}

	Map<String, PoliceMediationRule> ruleMap() {
		return this.disputes.policeRules()
			.stream()
			.collect(Collectors.toMap(PoliceMediationRule::getCode, Function.identity()));
	}

	Map<String, DisputeCategory> categoryMap() {
		return this.disputes.categories()
			.stream()
			.collect(Collectors.toMap(DisputeCategory::getCode, Function.identity()));
	}

	java.util.List<PoliceMediationRule> rules(org.stationops.mediation.RuleKind kind) {
		return this.disputes.policeRules().stream().filter(r -> r.getKind() == kind).toList();
	}

	private static void addIfMissing(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

}
