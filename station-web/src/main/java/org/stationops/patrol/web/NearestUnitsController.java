package org.stationops.patrol.web;

import org.stationops.incidents.IncidentService;
import org.stationops.patrol.PatrolDispatchService;
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
 * Nearest units for an incident: propose, dispatch, arrive, clear.
 */
@Controller
@RequestMapping("/patrol/incidents/{incidentId}")
@PreAuthorize(PatrolUnitController.WRITERS)
class NearestUnitsController {

	private final PatrolDispatchService dispatch;

	private final IncidentService incidents;

	NearestUnitsController(PatrolDispatchService dispatch, IncidentService incidents) {
		this.dispatch = dispatch;
		this.incidents = incidents;
	}

	@GetMapping
	String show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long incidentId, Model model) {
		model.addAttribute("incident", this.incidents.get(me.scope(), incidentId));
		model.addAttribute("nearest", this.dispatch.nearest(me.scope(), incidentId));
		model.addAttribute("onIncident", this.dispatch.onIncident(me.scope(), incidentId));
		return "patrol/dispatch";
	}

	@PostMapping("/dispatch")
	String send(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long incidentId, @RequestParam Long unitId,
			@RequestParam long version, RedirectAttributes redirect) {
		return Forms.run(page(incidentId), redirect, "patrol.dispatch.sent",
				() -> this.dispatch.dispatch(me.scope(), incidentId, unitId, version));
	}

	@PostMapping("/arrive")
	String arrive(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long incidentId,
			@RequestParam Long unitId, @RequestParam long version, RedirectAttributes redirect) {
		return Forms.run(page(incidentId), redirect, "patrol.dispatch.arrived",
				() -> this.dispatch.arrive(me.scope(), unitId, version));
	}

	@PostMapping("/clear")
	String clear(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long incidentId, @RequestParam Long unitId,
			@RequestParam long version, RedirectAttributes redirect) {
		return Forms.run(page(incidentId), redirect, "patrol.dispatch.cleared",
				() -> this.dispatch.clear(me.scope(), unitId, version));
	}

	private static String page(Long incidentId) {
		return "/patrol/incidents/" + incidentId;
	}

}
