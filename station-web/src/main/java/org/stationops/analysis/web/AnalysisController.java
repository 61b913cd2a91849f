package org.stationops.analysis.web;

import org.stationops.analysis.PeriodAnalysis;
import org.stationops.analysis.ReportPeriod;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.StationService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The periodic analysis (研判) of the signed-in user's station, or of the bureau (or any
 * one station) for bureau-level users.
 */
@Controller
@RequestMapping("/reports")
class AnalysisController {

	private final ReportRequests requests;

	private final StationService stations;

	private final AnalysisCharts charts;

	AnalysisController(ReportRequests requests, StationService stations, AnalysisCharts charts) {
		this.requests = requests;
		this.stations = stations;
		this.charts = charts;
	}

	@GetMapping
	String show(@AuthenticationPrincipal OfficerPrincipal me, @ModelAttribute("filter") AnalysisFilter filter,
			BindingResult result, Model model) {
		model.addAttribute("periods", ReportPeriod.values());
		model.addAttribute("stationChoices", me.scope().isBureau() ? this.stations.visibleStations(me.scope()) : null);
		if (result.hasErrors()) {
			return "analysis/report";
		}
		PeriodAnalysis report = this.requests.build(me, filter);
		model.addAttribute("report", report);
		model.addAttribute("charts", this.charts.of(report));
		return "analysis/report";
	}

}
