package org.stationops.incidents.web;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentService;
import org.stationops.shared.web.OfficerPrincipal;
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
 * The command room's dispatch board: incidents not yet cleared, oldest first; assign and
 * dispatch, record arrival and clearance. Times are taken from the clock when the button
 * is pressed.
 */
@Controller
@RequestMapping("/dispatch")
class DispatchController {

	private final IncidentService incidents;

	private final IncidentChoices choices;

	private final Clock clock;

	DispatchController(IncidentService incidents, IncidentChoices choices, Clock clock) {
		this.incidents = incidents;
		this.choices = choices;
		this.clock = clock;
	}

	@GetMapping
	String board(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		List<Incident> open = this.incidents.board(me.scope());
		this.choices.addTo(model, me);
		model.addAttribute("incidents", open);
		model.addAttribute("averageResponse", IncidentService.averageResponse(open));
		model.addAttribute("figures", this.incidents.figures(me.scope()));
		return "incidents/dispatch";
	}

	@PostMapping("/{id}/dispatch")
	@PreAuthorize(IncidentController.WRITERS)
	String dispatch(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@RequestParam(required = false) @Nullable Long officerId, @RequestParam(defaultValue = "") String team,
			RedirectAttributes redirect) {
		this.incidents.dispatch(me.scope(), id, officerId, (team.length() > 60) ? team.substring(0, 60) : team,
				this.clock.instant());
		redirect.addFlashAttribute("message", "incidents.dispatch.done");
		return "redirect:/dispatch";
	}

	@PostMapping("/{id}/arrive")
	@PreAuthorize(IncidentController.WRITERS)
	String arrive(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, RedirectAttributes redirect) {
		this.incidents.arrive(me.scope(), id, this.clock.instant());
		redirect.addFlashAttribute("message", "incidents.arrive.done");
		return "redirect:/dispatch";
	}

	@PostMapping("/{id}/clear")
	@PreAuthorize(IncidentController.WRITERS)
	String clear(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, RedirectAttributes redirect) {
		this.incidents.clear(me.scope(), id, this.clock.instant());
		redirect.addFlashAttribute("message", "incidents.clear.done");
		return "redirect:/dispatch";
	}

}
