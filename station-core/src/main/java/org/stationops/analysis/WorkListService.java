package org.stationops.analysis;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.StationTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work lists (工作清单) on the dashboard that cross features: an officer's appointments
 * today, patrol plans and mediation follow-ups; a liaison officer's screenings and own
 * figures for the month; a supervisor's overdue work per officer and the disputes waiting
 * for them. Every list is limited to the reader's station.
 */
@Service
@Transactional(readOnly = true)
public class WorkListService {

	/** Follow-ups due within this many days are listed. */
	static final int FOLLOW_UP_DAYS = 3;

	private final WorkListQueries queries;

	private final Clock clock;

	WorkListService(WorkListQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * @param roles which parts to read: any of {@code officer}, {@code liaison},
	 * {@code supervisor}.
	 */
	public WorkList of(long stationId, long officerId, String username, boolean officer, boolean liaison,
			boolean supervisor) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, StationTime.ZONE);
		OfficerWork o = officer ? new OfficerWork(this.queries.appointmentsOf(stationId, officerId, today),
				this.queries.plansPatrolledBy(stationId, username, now, today),
				this.queries.followUpsOf(stationId, officerId, today, today.plusDays(FOLLOW_UP_DAYS))) : null;
		LiaisonWork l = null;
		if (liaison) {
			LocalDate first = today.withDayOfMonth(1);
			l = new LiaisonWork(this.queries.screeningsOf(stationId, officerId, today),
					this.queries.liaisonMonthOf(stationId, officerId, first, first.plusMonths(1), today), first);
		}
		SupervisorWork s = supervisor ? new SupervisorWork(this.queries.overdueByOfficer(stationId, now, today),
				this.queries.disputesToReview(stationId), today) : null;
		return new WorkList(o, l, s, today);
	}

	public record WorkList(@Nullable OfficerWork officer, @Nullable LiaisonWork liaison,
			@Nullable SupervisorWork supervisor, LocalDate today) {

	}

	public record OfficerWork(List<WorkListQueries.Appointment> appointments, List<WorkListQueries.Plan> plans,
			List<WorkListQueries.FollowUp> followUps) {

	}

	public record LiaisonWork(List<WorkListQueries.Screening> screenings, WorkListQueries.LiaisonMonth month,
			LocalDate monthStart) {

	}

	public record SupervisorWork(List<WorkListQueries.OfficerOverdue> overdue,
			List<WorkListQueries.DisputeItem> disputes, LocalDate today) {

		/**
		 * @return whole days since {@code since}.
		 */
		public long daysSince(LocalDate since) {
			return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(since, this.today));
		}

	}

}
