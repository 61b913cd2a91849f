package org.stationops.vessels.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stationops.shared.web.DashboardPanel;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.vessels.VesselTaskService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The officer's open vessel tasks (wanted-list matches of returned crews) on the
 * dashboard's work list; hidden when there are none.
 */
@Component
@Order(35)
class VesselDashboardPanel implements DashboardPanel {

	private final VesselTaskService tasks;

	VesselDashboardPanel(VesselTaskService tasks) {
		this.tasks = tasks;
	}

	@Override
	public String fragment() {
		return "vessels/panels :: tasks";
	}

	@Override
	public Map<String, Object> data(OfficerPrincipal me) {
		Map<String, Object> data = new LinkedHashMap<>();
		if (me.stationId() != null) {
			List<VesselTaskService.OpenTask> open = this.tasks.openFor(me.stationId(), me.officerId());
			if (!open.isEmpty()) {
				data.put("vesselTasks", open);
				data.put("vesselTaskCount", this.tasks.openCountFor(me.stationId(), me.officerId()));
			}
		}
		return data;
	}

}
