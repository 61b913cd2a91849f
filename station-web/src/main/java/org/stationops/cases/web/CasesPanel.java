package org.stationops.cases.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.stationops.calendar.WorkingCalendar;
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
 * or the station's for supervisors) with how many of them are provisional (they reach
 * into a year whose holiday notice is not entered), and reviews waiting for supervisors.
 */
@Component
@Order(20)
class CasesPanel implements DashboardPanel {

	private final CaseReviewService reviews;

	private final WorkingCalendar calendar;

	CasesPanel(CaseReviewService reviews, WorkingCalendar calendar) {
		this.reviews = reviews;
		this.calendar = calendar;
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
		Integer provisionalYear = null;
		long provisional = 0;
		for (CaseFile c : this.reviews.dueSoonOrOverdue(me.scope())) {
			if (!supervisor && !c.getLeadOfficerId().equals(me.officerId())) {
				continue;
			}
			Integer year = this.calendar.provisionalYear(c.getAcceptedAt(), c.getDeadlineAt());
			if (year != null) {
				provisional++;
				provisionalYear = (provisionalYear == null) ? year : Math.min(provisionalYear, year);
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
		data.put("provisional", provisional);
		if (provisionalYear != null) {
			data.put("provisionalYear", provisionalYear);
		}
		if (supervisor) {
			data.put("waiting", this.reviews.queue(me.scope()).size());
		}
		else {
			data.put("returned", this.reviews.returnedTo(me.officerId()).size());
		}
		return data;
	}

}
