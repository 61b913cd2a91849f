package org.stationops.incidents.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentPriority;
import org.stationops.incidents.IncidentService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.ReadOnlyPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The command room's one-screen dispatch board (一屏调度): incidents not yet cleared, the
 * most urgent first and then by age, with urgent ones waiting too long flagged, beside
 * the units by status (a fragment the patrol feature serves); the page refreshes its live
 * part itself. Assign and dispatch, override a priority, record arrival and clearance.
 * Times are taken from the clock when the button is pressed. A refused action comes back
 * on the board, on its row, saying what to fix.
 */
@Controller
@RequestMapping("/dispatch")
class DispatchController {

	private final IncidentService incidents;

	private final IncidentChoices choices;

	private final Clock clock;

	private final MessageSource messages;

	private final int refreshSeconds;

	DispatchController(IncidentService incidents, IncidentChoices choices, Clock clock, MessageSource messages,
			@Value("${stationops.dispatch.refresh-seconds:15}") int refreshSeconds) {
		this.refreshSeconds = Math.max(refreshSeconds, 2);
		this.incidents = incidents;
		this.choices = choices;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping
	@ReadOnlyPage
	String board(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		addBoard(me, model);
		return "incidents/dispatch";
	}

	/**
	 * The board's live part alone: the page fetches it every few seconds and swaps it in
	 * without a reload (keeping any row whose form the officer is filling in).
	 */
	@GetMapping("/live")
	@ReadOnlyPage
	String live(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		addBoard(me, model);
		return "incidents/dispatch :: live";
	}

	private void addBoard(OfficerPrincipal me, Model model) {
		List<Incident> open = this.incidents.board(me.scope());
		this.choices.addTo(model, me);
		Instant now = this.clock.instant();
		Duration urgentAfter = this.incidents.urgentAfter();
		model.addAttribute("incidents", open);
		model.addAttribute("overdue",
				open.stream()
					.filter(i -> i.isOverdueUrgent(now, urgentAfter))
					.map(Incident::getId)
					.collect(Collectors.toSet()));
		model.addAttribute("urgentAfterMinutes", urgentAfter.toMinutes());
		model.addAttribute("priorities", IncidentPriority.values());
		model.addAttribute("averageResponse", IncidentService.averageResponse(open));
		model.addAttribute("figures", this.incidents.figures(me.scope()));
		model.addAttribute("refreshSeconds", this.refreshSeconds);
	}

	@PostMapping("/{id}/priority")
	@PreAuthorize(IncidentController.WRITERS)
	String priority(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@RequestParam(defaultValue = "") String priority, RedirectAttributes redirect) {
		IncidentPriority chosen = java.util.Arrays.stream(IncidentPriority.values())
			.filter(p -> p.name().equals(priority))
			.findFirst()
			.orElse(null);
		if (chosen == null) {
			refused(id, redirect, "incidents.priority.required");
			return "redirect:/dispatch#board-" + id;
		}
		return onBoard(id, redirect, "incidents.priority.done",
				() -> this.incidents.overridePriority(me.scope(), id, chosen, me.getUsername()));
	}

	@PostMapping("/{id}/dispatch")
	@PreAuthorize(IncidentController.WRITERS)
	String dispatch(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@RequestParam(required = false) @Nullable Long officerId, @RequestParam(defaultValue = "") String team,
			RedirectAttributes redirect) {
		return onBoard(id, redirect, "incidents.dispatch.done", () -> this.incidents.dispatch(me.scope(), id, officerId,
				(team.length() > 60) ? team.substring(0, 60) : team, this.clock.instant()));
	}

	@PostMapping("/{id}/arrive")
	@PreAuthorize(IncidentController.WRITERS)
	String arrive(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, RedirectAttributes redirect) {
		return onBoard(id, redirect, "incidents.arrive.done",
				() -> this.incidents.arrive(me.scope(), id, this.clock.instant()));
	}

	@PostMapping("/{id}/clear")
	@PreAuthorize(IncidentController.WRITERS)
	String clear(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, RedirectAttributes redirect) {
		return onBoard(id, redirect, "incidents.clear.done",
				() -> this.incidents.clear(me.scope(), id, this.clock.instant()));
	}

	/**
	 * Runs a board action and comes back to the board: on success with the message, on a
	 * refused action (a rule, or a row someone else changed meanwhile) with the reason
	 * shown on the row it belongs to.
	 */
	private String onBoard(Long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (RuleViolationException ex) {
			refused(id, redirect, ex.getCode(), ex.getArguments());
		}
		catch (OptimisticLockingFailureException ex) {
			refused(id, redirect, "incidents.dispatch.changedMeanwhile");
		}
		return "redirect:/dispatch#board-" + id;
	}

	private void refused(Long id, RedirectAttributes redirect, String code, Object... arguments) {
		redirect.addFlashAttribute("boardErrorId", id);
		redirect.addFlashAttribute("boardError",
				this.messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale()));
	}

}
