package org.stationops.incidents.web;

import java.util.Map;

import org.stationops.incidents.DashboardFigures;
import org.stationops.incidents.IncidentService;
import org.stationops.shared.web.DashboardPanel;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Dashboard panel: today's incidents (and how many preventable), open incidents by age,
 * today's average response time.
 */
@Component
@Order(10)
class IncidentDashboardPanel implements DashboardPanel {

	private final IncidentService incidents;

	IncidentDashboardPanel(IncidentService incidents) {
		this.incidents = incidents;
	}

	@Override
	public String fragment() {
		return "incidents/panels :: today";
	}

	@Override
	public Map<String, Object> data(OfficerPrincipal me) {
		DashboardFigures figures = this.incidents.figures(me.scope());
		return Map.of("figures", figures);
	}

}
