package org.stationops.analysis.web;

import java.util.Map;

import org.stationops.analysis.WorkListService;
import org.stationops.shared.web.DashboardPanel;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The dashboard's cross-feature work list: for an officer, appointments booked with them
 * today, the patrol plans they patrolled lately and the follow-ups of the disputes they
 * mediate; for a liaison officer, enterprises waiting for their screening and their own
 * figures for the month; for a supervisor, overdue work per officer and the disputes
 * waiting for them (escalated, closures to approve) with their age. Station accounts
 * only: every item belongs to the reader's station.
 */
@Component
@Order(5)
class WorkListPanel implements DashboardPanel {

	private final WorkListService work;

	WorkListPanel(WorkListService work) {
		this.work = work;
	}

	@Override
	public String fragment() {
		return "analysis/worklist :: worklist";
	}

	@Override
	public Map<String, Object> data(OfficerPrincipal me) {
		Long stationId = me.stationId();
		boolean officer = me.hasRole("OFFICER");
		boolean liaison = me.hasRole("LIAISON");
		boolean supervisor = me.hasRole("SUPERVISOR");
		if (stationId == null || !(officer || liaison || supervisor)) {
			return Map.of();
		}
		return Map.of("work", this.work.of(stationId, me.officerId(), me.username(), officer, liaison, supervisor));
	}

}
