package org.stationops.dashboard;

import java.util.List;
import java.util.Map;

import org.stationops.shared.web.DashboardPanel;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.ReadOnlyPage;
import org.stationops.stations.StationService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

	private final StationService stations;

	private final List<DashboardPanel> panels;

	DashboardController(StationService stations, List<DashboardPanel> panels) {
		this.stations = stations;
		this.panels = panels;
	}

	@ReadOnlyPage
	@GetMapping("/")
	String dashboard(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("stations", this.stations.visibleStations(me.scope()));
		model.addAttribute("panels",
				this.panels.stream()
					.map(panel -> new PanelView(panel.fragment(), panel.data(me)))
					.filter(view -> !view.data().isEmpty())
					.toList());
		return "dashboard/index";
	}

	record PanelView(String fragment, Map<String, Object> data) {
	}

}
