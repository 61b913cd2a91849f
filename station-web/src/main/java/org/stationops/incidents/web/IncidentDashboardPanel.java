package org.stationops.incidents.web;

import java.util.List;
import java.util.Map;

import org.stationops.incidents.DashboardFigures;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentService;
import org.stationops.shared.web.DashboardPanel;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Dashboard panel: today's incidents (and how many preventable), open incidents by age,
 * today's average response time; for an officer, the incidents assigned to them that are
 * not yet cleared (their work list), each linking to the incident; urgent incidents
 * waiting too long for dispatch, flagged as on the dispatch board.
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
		List<Incident> overdue = this.incidents.overdueUrgent(me.scope());
		long minutes = this.incidents.urgentAfter().toMinutes();
		if (me.hasRole("OFFICER") && me.stationId() != null) {
			return Map.of("figures", figures, "overdue", overdue, "urgentAfterMinutes", minutes, "mine",
					this.incidents.openAssignedTo(me.scope(), me.officerId()));
		}
		return Map.of("figures", figures, "overdue", overdue, "urgentAfterMinutes", minutes);
	}

}
