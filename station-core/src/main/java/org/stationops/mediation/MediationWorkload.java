package org.stationops.mediation;

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

	private final MediationSupport support;

	MediationWorkload(MediationSupport support) {
		this.support = support;
	}

	public List<Dispute> openAssignedTo(Long officerId) {
		return this.support.disputes.openAssignedTo(officerId);
	}

	/**
	 * @return follow-ups not done and due within {@link #FOLLOW_UP_HORIZON_DAYS} days (or
	 * overdue), with their disputes.
	 */
	public List<DueFollowUp> followUpsDue(Scope scope) {
		LocalDate today = this.support.today();
		return this.support.followUps.dueBy(scope.stationId(), today.plusDays(FOLLOW_UP_HORIZON_DAYS))
			.stream()
			.map(f -> new DueFollowUp(f, this.support.disputes.findById(f.getDisputeId()).orElseThrow(),
					f.getDueOn().isBefore(today)))
			.toList();
	}

	public LocalDate today() {
		return this.support.today();
	}

	/**
	 * A follow-up visit due, with its dispute.
	 */
	public record DueFollowUp(FollowUp followUp, Dispute dispute, boolean overdue) {

	}

}
