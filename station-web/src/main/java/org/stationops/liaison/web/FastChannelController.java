package org.stationops.liaison.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.liaison.EnterpriseService;
import org.stationops.liaison.FastChannelService;
import org.stationops.liaison.FastChannelTicket;
import org.stationops.liaison.TicketStatus;
import org.stationops.liaison.Urgency;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.Pages;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.data.domain.Page;
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
@RequestMapping("/liaison/tickets")
class FastChannelController {

	private final FastChannelService tickets;

	private final EnterpriseService enterprises;

	private final Clock clock;

	FastChannelController(FastChannelService tickets, EnterpriseService enterprises, Clock clock) {
		this.tickets = tickets;
		this.enterprises = enterprises;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @Nullable TicketStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Page<FastChannelTicket> result = this.tickets.list(me.scope(), status, Pages.of(page, 50));
		Set<Long> ids = result.stream().map(FastChannelTicket::getEnterpriseId).collect(Collectors.toSet());
		model.addAttribute("page", result);
		model.addAttribute("names", names(ids));
		model.addAttribute("status", status);
		model.addAttribute("statuses", TicketStatus.values());
		LocalDate today = this.enterprises.today();
		model.addAttribute("ledger", this.tickets.ledger(me.scope(),
				today.minusDays(365).atStartOfDay(this.clock.getZone()).toInstant(), this.clock.instant()));
		model.addAttribute("now", this.clock.instant());
		return "liaison/tickets";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String showForm(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @Nullable Long enterpriseId, Model model) {
		if (enterpriseId == null) {
			// a ticket starts from an enterprise's file (the language switch drops the
			// query)
			return "redirect:/liaison/enterprises";
		}
		model.addAttribute("e", this.enterprises.get(me.scope(), enterpriseId));
		model.addAttribute("form", new TicketForm(enterpriseId, "", Urgency.NORMAL, "", null));
		model.addAttribute("urgencies", Urgency.values());
		return "liaison/ticket-form";
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String open(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") TicketForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form.enterpriseId() == null) {
			throw new RuleViolationException("liaison.ticket.enterpriseRequired");
		}
		model.addAttribute("e", this.enterprises.get(me.scope(), form.enterpriseId()));
		model.addAttribute("urgencies", Urgency.values());
		if (result.hasErrors()) {
			return "liaison/ticket-form";
		}
		FastChannelTicket ticket;
		try {
			ticket = this.tickets.open(me.scope(), form.enterpriseId(), Objects.requireNonNull(form.type()),
					Objects.requireNonNull(form.urgency()), Objects.requireNonNull(form.description()),
					instant(form.reportedAt()));
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return "liaison/ticket-form";
		}
		redirect.addFlashAttribute("message", "liaison.ticket.saved");
		return "redirect:/liaison/tickets/" + ticket.getId();
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		FastChannelTicket ticket = this.tickets.get(me.scope(), id);
		model.addAttribute("form", ResolveForm.empty(ticket.getVersion()));
		return detail(me, ticket, model);
	}

	@PostMapping("/{id}/respond")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String respond(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @RequestParam long version,
			RedirectAttributes redirect) {
		this.tickets.respond(me.scope(), id, version);
		redirect.addFlashAttribute("message", "liaison.ticket.saved");
		return "redirect:/liaison/tickets/" + id;
	}

	@PostMapping("/{id}/resolve")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String resolve(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("form") ResolveForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FastChannelTicket ticket = this.tickets.get(me.scope(), id);
		if (result.hasErrors()) {
			return detail(me, ticket, model);
		}
		try {
			this.tickets.resolve(me.scope(), id, Objects.requireNonNullElse(form.version(), -1L),
					instant(form.resolvedAt()), Boolean.TRUE.equals(form.onTheSpot()), EnterpriseForm.s(form.outcome()),
					form.incidentId(), form.caseId());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return detail(me, ticket, model);
		}
		redirect.addFlashAttribute("message", "liaison.ticket.saved");
		return "redirect:/liaison/tickets/" + id;
	}

	private String detail(OfficerPrincipal me, FastChannelTicket ticket, Model model) {
		model.addAttribute("t", ticket);
		model.addAttribute("e", this.enterprises.get(me.scope(), ticket.getEnterpriseId()));
		model.addAttribute("now", this.clock.instant());
		return "liaison/ticket";
	}

	private java.util.Map<Long, String> names(Set<Long> ids) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			this.enterprises.byIds(new HashSet<>(ids)).forEach(e -> names.put(e.getId(), e.getName()));
		}
		return names;
	}

	private @Nullable Instant instant(@Nullable LocalDateTime at) {
		return (at == null) ? null : at.atZone(this.clock.getZone()).toInstant();
	}

}
