package org.stationops.dashboard;

import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.StationService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

	private final StationService stations;

	DashboardController(StationService stations) {
		this.stations = stations;
	}

	@GetMapping("/")
	String dashboard(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("stations", this.stations.visibleStations(me.scope()));
		model.addAttribute("areaCount", this.stations.visibleAreas(me.scope()).size());
		return "dashboard/index";
	}

}
