package org.stationops.liaison.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.liaison.Enterprise;
import org.stationops.liaison.EnterpriseChange;
import org.stationops.liaison.EnterpriseKind;
import org.stationops.liaison.EnterpriseService;
import org.stationops.liaison.FastChannelService;
import org.stationops.liaison.LiaisonRegisterService;
import org.stationops.liaison.RiskLevel;
import org.stationops.liaison.ScreeningService;
import org.stationops.liaison.VisitService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.Pages;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.ReadOnlyPage;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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
@RequestMapping("/liaison/enterprises")
class EnterpriseController {

	private static final String FORM = "liaison/enterprise-form";

	private final EnterpriseService enterprises;

	private final LiaisonRegisterService registers;

	private final VisitService visits;

	private final FastChannelService tickets;

	private final ScreeningService screenings;

	private final org.stationops.liaison.KeyPersonnelService people;

	private final MessageSource messages;

	/**
	 * History field codes whose label key is not {@code liaison.<code>}.
	 */
	private static final Map<String, String> HISTORY_LABELS = Map.of("businessCircleId", "liaison.businessCircle",
			"buildingId", "liaison.building", "allianceId", "liaison.alliance", "liaisonOfficerId",
			"liaison.liaisonOfficer", "keyPersonnel", "liaison.people.title", "created", "liaison.history.created",
			"imported", "liaison.history.imported");

	EnterpriseController(EnterpriseService enterprises, LiaisonRegisterService registers, VisitService visits,
			FastChannelService tickets, ScreeningService screenings, org.stationops.liaison.KeyPersonnelService people,
			MessageSource messages) {
		this.people = people;
		this.messages = messages;
		this.enterprises = enterprises;
		this.registers = registers;
		this.visits = visits;
		this.tickets = tickets;
		this.screenings = screenings;
	}

	@ReadOnlyPage
	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable EnterpriseKind kind,
			@RequestParam(required = false) @Nullable Long circleId,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Page<Enterprise> result = this.enterprises.search(me.scope(), q, kind, circleId, overdue,
				Pages.of(page, 50, overdue ? Sort.by("nextDueOn", "id") : Sort.by("name", "id")));
		Set<Long> officerIds = new HashSet<>();
		Set<Long> circleIds = new HashSet<>();
		result.forEach(e -> {
			if (e.getLiaisonOfficerId() != null) {
				officerIds.add(e.getLiaisonOfficerId());
			}
			if (e.getBusinessCircleId() != null) {
				circleIds.add(e.getBusinessCircleId());
			}
		});
		model.addAttribute("page", result);
		model.addAttribute("officers", this.enterprises.officersByIds(officerIds));
		model.addAttribute("circleNames", this.registers.circleNames(circleIds));
		model.addAttribute("circles", this.registers.circles(me.scope()));
		model.addAttribute("kinds", EnterpriseKind.values());
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("circleId", circleId);
		model.addAttribute("overdue", overdue);
		model.addAttribute("today", this.enterprises.today());
		return "liaison/enterprises";
	}

	@ReadOnlyPage
	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model, Locale locale) {
		Enterprise enterprise = this.enterprises.get(me.scope(), id);
		model.addAttribute("e", enterprise);
		model.addAttribute("today", this.enterprises.today());
		model.addAttribute("visits", this.visits.visits(me.scope(), id));
		model.addAttribute("tickets", this.tickets.forEnterprise(me.scope(), id));
		model.addAttribute("screenings", this.screenings.forEnterprise(me.scope(), id));
		model.addAttribute("activeCampaigns", this.screenings.activeCampaignsFor(me.scope(), id));
		List<EnterpriseChange> history = this.enterprises.history(me.scope(), id);
		model.addAttribute("history", history);
		model.addAttribute("historyLines", history.stream().map(c -> historyLines(c, locale)).toList());
		model.addAttribute("liaisonChoices", this.enterprises.liaisonOfficers(enterprise.getStationId()));
		Set<Long> officerIds = new HashSet<>();
		if (enterprise.getLiaisonOfficerId() != null) {
			officerIds.add(enterprise.getLiaisonOfficerId());
		}
		model.addAttribute("officers", this.enterprises.officersByIds(officerIds));
		model.addAttribute("circleNames", this.registers.circleNames(
				enterprise.getBusinessCircleId() == null ? Set.of() : Set.of(enterprise.getBusinessCircleId())));
		model.addAttribute("buildingNames", this.registers
			.buildingNames(enterprise.getBuildingId() == null ? Set.of() : Set.of(enterprise.getBuildingId())));
		return "liaison/enterprise";
	}

	@GetMapping("/{id}/personal")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR','BUREAU_SUPERVISOR')")
	String personal(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		Enterprise enterprise = this.enterprises.readInFull(me.scope(), id, me.username());
		model.addAttribute("e", enterprise);
		model.addAttribute("people", this.people.people(me.scope(), id));
		return "liaison/personal";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String showCreateForm(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("form", EnterpriseForm.empty());
		choices(me, model);
		return FORM;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String create(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") EnterpriseForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		choices(me, model);
		if (result.hasErrors()) {
			return FORM;
		}
		Enterprise created;
		try {
			created = this.enterprises.create(me.scope(), form.details(), form.legacyAccepted(),
					form.liaisonOfficerId(), me.username());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return FORM;
		}
		redirect.addFlashAttribute("message", "liaison.enterprise.saved");
		return "redirect:/liaison/enterprises/" + created.getId();
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String showEditForm(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		// the edit form shows the full ID numbers and phones: a full view like /personal
		Enterprise enterprise = this.enterprises.readInFull(me.scope(), id, me.username());
		model.addAttribute("form", EnterpriseForm.of(enterprise));
		model.addAttribute("enterpriseId", id);
		choices(me, model);
		return FORM;
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String update(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("form") EnterpriseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.enterprises.get(me.scope(), id);
		model.addAttribute("enterpriseId", id);
		choices(me, model);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.enterprises.update(me.scope(), id, Objects.requireNonNullElse(form.version(), -1L), form.details(),
					form.legacyAccepted(), me.username());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return FORM;
		}
		redirect.addFlashAttribute("message", "liaison.enterprise.saved");
		return "redirect:/liaison/enterprises/" + id;
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String assign(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@RequestParam(required = false) @Nullable Long officerId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.enterprises.assign(me.scope(), id, version, officerId, me.username());
		redirect.addFlashAttribute("message", "liaison.enterprise.assigned");
		return "redirect:/liaison/enterprises/" + id;
	}

	private void choices(OfficerPrincipal me, Model model) {
		model.addAttribute("kinds", EnterpriseKind.values());
		model.addAttribute("risks", RiskLevel.values());
		model.addAttribute("circles", this.registers.circles(me.scope()));
		model.addAttribute("buildings", this.registers.buildings(me.scope()));
		model.addAttribute("alliances", this.registers.alliances(me.scope()));
		model.addAttribute("liaisonChoices",
				me.stationId() == null ? java.util.List.of() : this.enterprises.liaisonOfficers(me.stationId()));
	}

	/**
	 * A change as the page shows it: the stored lines ({@code field: old → new},
	 * {@code created}) with the field named in the reader's language.
	 */
	private List<String> historyLines(EnterpriseChange change, Locale locale) {
		return change.getLines().stream().map(line -> {
			int colon = line.indexOf(": ");
			String code = (colon > 0) ? line.substring(0, colon) : line;
			String label = this.messages.getMessage(HISTORY_LABELS.getOrDefault(code, "liaison." + code), null, code,
					locale);
			return (colon > 0) ? label + ": " + line.substring(colon + 2) : label;
		}).toList();
	}

}
