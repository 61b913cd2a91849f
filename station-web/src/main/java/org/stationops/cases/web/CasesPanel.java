package org.stationops.cases.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.DeadlineEngine;
import org.stationops.cases.DeadlineStatus;
import org.stationops.shared.web.DashboardPanel;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Dashboard panel: open cases by stage, deadlines due soon or overdue (the officer's own,
 * or the station's for supervisors), and reviews waiting for supervisors.
 */
@Component
@Order(20)
class CasesPanel implements DashboardPanel {

	private final CaseReviewService reviews;

	CasesPanel(CaseReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public String fragment() {
		return "cases/panels :: cases";
	}

	@Override
	public Map<String, Object> data(OfficerPrincipal me) {
		boolean supervisor = me.hasRole("SUPERVISOR") || me.hasRole("BUREAU_SUPERVISOR");
		if (!supervisor && !me.hasRole("OFFICER")) {
			return Map.of();
		}
		var now = this.reviews.now();
		long dueSoon = 0;
		long overdue = 0;
		for (CaseFile c : this.reviews.dueSoonOrOverdue(me.scope())) {
			if (!supervisor && !c.getLeadOfficerId().equals(me.officerId())) {
				continue;
			}
			if (DeadlineEngine.status(c.getDeadlineAt(), now) == DeadlineStatus.OVERDUE) {
				overdue++;
			}
			else {
				dueSoon++;
			}
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("byStage", this.reviews.openByStage(me.scope()));
		data.put("dueSoon", dueSoon);
		data.put("overdue", overdue);
		data.put("mine", !supervisor);
		if (supervisor) {
			data.put("waiting", this.reviews.queue(me.scope()).size());
		}
		else {
			data.put("returned", this.reviews.returnedTo(me.officerId()).size());
		}
		return data;
	}

}
