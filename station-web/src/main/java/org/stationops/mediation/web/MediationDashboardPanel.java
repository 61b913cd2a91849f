package org.stationops.mediation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.stationops.mediation.Dispute;
import org.stationops.mediation.MediationNotifications;
import org.stationops.mediation.MediationWorkload;
import org.stationops.shared.web.DashboardPanel;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The dashboard's mediation panel: the officer's open mediations, follow-ups due at the
 * station, and for supervisors the unread escalation notices.
 */
@Component
@Order(40)
class MediationDashboardPanel implements DashboardPanel {

	private static final int SHOWN = 6;

	private final MediationWorkload workload;

	private final MediationNotifications notifications;

	MediationDashboardPanel(MediationWorkload workload, MediationNotifications notifications) {
		this.workload = workload;
		this.notifications = notifications;
	}

	@Override
	public String fragment() {
		return "mediation/panels :: due";
	}

	@Override
	public Map<String, Object> data(OfficerPrincipal me) {
		List<Dispute> mine = this.workload.openAssignedTo(me.officerId());
		List<MediationWorkload.DueFollowUp> followUps = this.workload.followUpsDue(me.scope());
		long unread = this.notifications.unreadCount(me.officerId());
		if (mine.isEmpty() && followUps.isEmpty() && unread == 0) {
			return Map.of();
		}
		Map<String, Object> data = new HashMap<>();
		data.put("mine", mine.subList(0, Math.min(SHOWN, mine.size())));
		data.put("mineTotal", mine.size());
		data.put("officerId", me.officerId());
		data.put("followUps", followUps.subList(0, Math.min(SHOWN, followUps.size())));
		data.put("followUpsTotal", followUps.size());
		data.put("unread", unread);
		return data;
	}

}
