package org.stationops.cases.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.stationops.calendar.WorkingCalendar;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseReview;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.CaseService;
import org.stationops.cases.DueFigures;
import org.stationops.shared.web.DashboardPanel;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Dashboard panel: open cases by stage and deadlines due soon or overdue, with how many
 * of them are provisional (they reach into a year whose holiday notice is not entered);
 * as work lists, an officer's open cases with their next deadline and decisions returned
 * to them with the reason, a supervisor's review queue with the age of each decision and
 * the due-soon or overdue cases whose deadline is provisional (to confirm once the year's
 * holiday notice is entered). Every item links to the case.
 */
@Component
@Order(20)
class CasesPanel implements DashboardPanel {

	static final int SHOWN = 8;

	private final CaseReviewService reviews;

	private final CaseService cases;

	private final WorkingCalendar calendar;

	CasesPanel(CaseReviewService reviews, CaseService cases, WorkingCalendar calendar) {
		this.reviews = reviews;
		this.cases = cases;
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
		// counted in the database: an officer's own cases, a supervisor's station, a
		// bureau supervisor's district
		Set<Integer> noticed = this.calendar.noticedYears();
		DueFigures due = this.reviews.dueFigures(me.scope(), supervisor ? null : me.officerId(), noticed);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("byStage", this.reviews.openByStage(me.scope()));
		data.put("dueSoon", due.dueSoon());
		data.put("overdue", due.overdue());
		data.put("mine", !supervisor);
		data.put("now", now);
		data.put("provisional", due.provisional());
		if (due.provisionalYear() != null) {
			data.put("provisionalYear", due.provisionalYear());
		}
		if (supervisor) {
			List<CaseReview> queue = this.reviews.queue(me.scope());
			// only a station supervisor approves; a bureau supervisor oversees the
			// stations'
			// queues, so the figure is not "waiting for me"
			data.put(me.hasRole("SUPERVISOR") ? "waiting" : "waitingAtStations", queue.size());
			data.put("queue", items(me, queue.subList(0, Math.min(SHOWN, queue.size())), now));
			// only the rows shown are read
			data.put("toConfirm", (due.provisional() > 0)
					? this.reviews.provisionalDueSoonOrOverdue(me.scope(), noticed, SHOWN) : List.of());
		}
		else {
			List<CaseReview> returned = this.reviews.returnedTo(me.officerId());
			List<ReviewItem> items = items(me, returned.subList(0, Math.min(SHOWN, returned.size())), now);
			data.put("returned", returned.size());
			data.put("returnedItems", items);
			if (!items.isEmpty()) {
				data.put("reasons", this.reviews.reasons());
			}
			data.put("myCases", this.reviews.openLedBy(me.scope(), me.officerId(), SHOWN));
		}
		return data;
	}

	/**
	 * Joins the reviews to their cases with one query; a review whose case lies outside
	 * the officer's scope is left out.
	 */
	private List<ReviewItem> items(OfficerPrincipal me, List<CaseReview> shown, Instant now) {
		Set<Long> caseIds = shown.stream().map(CaseReview::getCaseId).collect(Collectors.toSet());
		Map<Long, CaseFile> byId = this.cases.byIds(me.scope(), caseIds);
		return shown.stream()
			.filter(r -> byId.containsKey(r.getCaseId()))
			.map(r -> new ReviewItem(r, byId.get(r.getCaseId()), Duration.between(r.getSubmittedAt(), now)))
			.toList();
	}

	/**
	 * A decision on the work list with its case and how long it has waited since it was
	 * submitted.
	 */
	record ReviewItem(CaseReview review, CaseFile caseFile, Duration age) {

		public long days() {
			return Math.max(0, this.age.toDays());
		}

		public long hours() {
			return Math.max(0, this.age.toHoursPart());
		}

	}

}
