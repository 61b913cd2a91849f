package org.stationops.emergency.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.stationops.emergency.EmergencyPlan;
import org.stationops.emergency.MobiliserKind;
import org.stationops.emergency.web.PlanWorkForms.ActivationForm;
import org.stationops.emergency.web.PlanWorkForms.DrillForm;
import org.stationops.emergency.web.PlanWorkForms.MobiliserForm;
import org.stationops.stations.StationService;
import org.stationops.shared.Scope;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a plan's page: the plan, its station and every form the request did
 * not bring back with errors.
 */
@Component
class PlanPage {

	static final String DETAIL = "emergency/detail";

	private final StationService stations;

	private final Clock clock;

	PlanPage(StationService stations, Clock clock) {
		this.stations = stations;
		this.clock = clock;
	}

	String detail(Model model, Scope scope, EmergencyPlan plan) {
		LocalDate today = LocalDate.now(this.clock);
		long version = plan.getVersion();
		model.addAttribute("p", plan);
		model.addAttribute("today", today);
		model.addAttribute("stationName", this.stations.get(scope, plan.getStationId()).getName());
		model.addAttribute("kinds", MobiliserKind.values());
		Map.<String, Object>of("mobiliserForm", MobiliserForm.empty(version), "drillForm",
				DrillForm.empty(version, today), "activationForm", new ActivationForm("", version))
			.forEach((name, form) -> {
				if (!model.containsAttribute(name)) {
					model.addAttribute(name, form);
				}
			});
		return DETAIL;
	}

}
