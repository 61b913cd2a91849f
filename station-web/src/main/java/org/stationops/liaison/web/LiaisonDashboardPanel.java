package org.stationops.liaison.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.stationops.liaison.EnterpriseService;
import org.stationops.liaison.FastChannelService;
import org.stationops.shared.web.DashboardPanel;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The liaison panel on the dashboard: a liaison officer's overdue and due-soon
 * enterprises; for supervisors the station's overdue files and open fast-channel tickets.
 */
@Component
@Order(30)
class LiaisonDashboardPanel implements DashboardPanel {

	private final EnterpriseService enterprises;

	private final FastChannelService tickets;

	LiaisonDashboardPanel(EnterpriseService enterprises, FastChannelService tickets) {
		this.enterprises = enterprises;
		this.tickets = tickets;
	}

	@Override
	public String fragment() {
		return "liaison/panels :: liaison";
	}

	@Override
	public Map<String, Object> data(OfficerPrincipal me) {
		Map<String, Object> data = new LinkedHashMap<>();
		if (me.hasRole("LIAISON") && me.stationId() != null) {
			data.put("mineOverdue", this.enterprises.overdueFor(me.officerId()));
			data.put("mineDueSoon", this.enterprises.dueSoonFor(me.officerId()));
			data.put("dueList", this.enterprises.dueFor(me.stationId(), me.officerId()));
			data.put("today", this.enterprises.today());
			data.put("myTickets", this.tickets.openFor(me.stationId(), me.officerId()));
			data.put("now", this.tickets.now());
		}
		if (me.hasRole("SUPERVISOR") && me.stationId() != null) {
			data.put("stationOverdue", this.enterprises.overdueCount(me.scope()));
			data.put("openTickets", this.tickets.openCount(me.stationId()));
		}
		return data;
	}

}
