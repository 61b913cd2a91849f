package org.stationops.mediation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.stationops.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is due: an officer's open mediations and the station's follow-up visits due soon,
 * for the dashboard.
 */
@Service
@Transactional(readOnly = true)
public class MediationWorkload {

	/** Follow-ups due within this many days are shown as due. */
	public static final int FOLLOW_UP_HORIZON_DAYS = 3;

	private final DisputeRepository disputes;

	private final FollowUpRepository followUps;

	private final Clock clock;

	MediationWorkload(DisputeRepository disputes, FollowUpRepository followUps, Clock clock) {
		this.disputes = disputes;
		this.followUps = followUps;
		this.clock = clock;
	}

	public List<Dispute> openAssignedTo(Long officerId) {
		return this.disputes.openAssignedTo(officerId);
	}

	/**
	 * @return follow-ups not done and due within {@link #FOLLOW_UP_HORIZON_DAYS} days (or
	 * overdue), with their disputes.
	 */
	public List<DueFollowUp> followUpsDue(Scope scope) {
		LocalDate today = LocalDate.now(this.clock);
		return this.followUps.dueBy(scope.stationId(), today.plusDays(FOLLOW_UP_HORIZON_DAYS))
			.stream()
			.map(f -> new DueFollowUp(f, this.disputes.findById(f.getDisputeId()).orElseThrow(),
					f.getDueOn().isBefore(today)))
			.toList();
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * A follow-up visit due, with its dispute.
	 */
	public record DueFollowUp(FollowUp followUp, Dispute dispute, boolean overdue) {

	}

}
