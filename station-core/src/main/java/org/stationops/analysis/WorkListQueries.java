package org.stationops.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The aggregate SQL behind the work lists on the dashboard (工作台) that no single feature
 * can answer: one statement per method, each limited to one station.
 */
public interface WorkListQueries {

	/**
	 * Appointments booked with the officer for the day, not cancelled, in slot order.
	 */
	List<Appointment> appointmentsOf(long stationId, long officerId, LocalDate day);

	/**
	 * Plans of the station on which the user started a shift in the 30 days before
	 * {@code now}, with whether the plan runs today.
	 */
	List<Plan> plansPatrolledBy(long stationId, String username, Instant now, LocalDate today);

	/**
	 * Open follow-ups of the disputes the officer mediates, due by {@code until}.
	 */
	List<FollowUp> followUpsOf(long stationId, long officerId, LocalDate today, LocalDate until);

	/**
	 * Enterprises of the liaison officer on the target list of an active screening
	 * campaign and not yet screened in it.
	 */
	List<Screening> screeningsOf(long stationId, long officerId, LocalDate today);

	/**
	 * The liaison officer's own figures from {@code from} (inclusive) to {@code to}
	 * (exclusive).
	 */
	LiaisonMonth liaisonMonthOf(long stationId, long officerId, LocalDate from, LocalDate to, LocalDate today);

	/**
	 * Per active officer of the station: case deadlines passed, assigned incidents open
	 * for more than a day, enterprise visits overdue, mediation follow-ups overdue; only
	 * officers with something overdue.
	 */
	List<OfficerOverdue> overdueByOfficer(long stationId, Instant now, LocalDate today);

	/**
	 * Open disputes marked escalated (升级) and closures waiting for approval, oldest
	 * first.
	 */
	List<DisputeItem> disputesToReview(long stationId);

	record Appointment(long id, Instant slotStart, String service, String serviceStation, String status) {

	}

	record Plan(long id, String name, String unit, boolean runsToday) {

	}

	record FollowUp(long disputeId, String fileNumber, String title, LocalDate dueOn, boolean overdue) {

	}

	record Screening(long campaignId, String campaign, LocalDate endsOn, long enterpriseId, String enterprise) {

	}

	record LiaisonMonth(long enterprises, long overdue, long visits, long tickets, long screened) {

	}

	record OfficerOverdue(long officerId, String name, long cases, long incidents, long visits, long followUps) {

	}

	record DisputeItem(long id, String fileNumber, String title, boolean escalated, String riskGrade, LocalDate since,
			boolean closureRequested) {

	}

}
