package org.stationops.mediation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.Scope;
import org.stationops.stations.StationStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mediation of a dispute file: sessions, the outcome (agreement or failure with a
 * referral), follow-up visits and the closure (销号) a supervisor approves. Each method
 * loads the file in the caller's scope, calls one guarded verb of {@link Dispute} and
 * saves; police mediation then tells its linked 治安 case through {@link LinkedCases}.
 */
@Service
@Transactional
public class MediationService {

	/** Days after a failure within which the referral is followed up. */
	public static final int FAILURE_FOLLOW_UP_DAYS = Dispute.FAILURE_FOLLOW_UP_DAYS;

	private final DisputeRepository disputes;

	private final PartyRepository parties;

	private final MediatorAssignmentRepository mediators;

	private final MediationSessionRepository sessions;

	private final FollowUpRepository followUps;

	private final LinkedCases cases;

	private final WorkingDayCalendar calendar;

	private final StationStaff staff;

	private final Clock clock;

	MediationService(DisputeRepository disputes, PartyRepository parties, MediatorAssignmentRepository mediators,
			MediationSessionRepository sessions, FollowUpRepository followUps, LinkedCases cases,
			WorkingDayCalendar calendar, StationStaff staff, Clock clock) {
		this.disputes = disputes;
		this.parties = parties;
		this.mediators = mediators;
		this.sessions = sessions;
		this.followUps = followUps;
		this.cases = cases;
		this.calendar = calendar;
		this.staff = staff;
		this.clock = clock;
	}

	public MediationSession recordSession(Scope scope, Long id, long version, LocalDate heldOn, SessionMode mode,
			String place, String participants, String record, Long officerId) {
		Dispute dispute = edited(scope, id, version);
		List<LocalDate> held = this.sessions.findByDisputeIdOrderByHeldOnAscIdAsc(id)
			.stream()
			.map(MediationSession::getHeldOn)
			.toList();
		LocalDate caseAcceptedOn = (dispute.getCaseId() != null)
				? this.cases.find(scope, dispute.getCaseId()).map(LinkedCases.LinkedCase::acceptedOn).orElse(null)
				: null;
		dispute.recordSession(heldOn, held, caseAcceptedOn, this.calendar, now());
		MediationSession session = this.sessions
			.save(new MediationSession(dispute, heldOn, mode, place, participants, record, officerId));
		this.disputes.save(dispute);
		return session;
	}

	/**
	 * Records the agreement once it carries every required content, and schedules the
	 * follow-up visit for the performance deadline.
	 */
	public Dispute recordAgreement(Scope scope, Long id, long version, Agreement agreement) {
		Dispute dispute = edited(scope, id, version);
		FollowUp followUp = dispute.recordAgreement(agreement, this.sessions.findByDisputeIdOrderByHeldOnAscIdAsc(id),
				this.parties.findByDisputeIdOrderById(id), this.mediators.findByDisputeIdOrderById(id).size(), now());
		this.followUps.save(followUp);
		return this.disputes.save(dispute);
	}

	/**
	 * Records a failed mediation and where it is referred. For police mediation the
	 * linked case goes on and its time limit restarts that day.
	 */
	public Dispute recordFailure(Scope scope, Long id, long version, LocalDate day, String reason, Referral referral) {
		Dispute dispute = edited(scope, id, version);
		this.followUps.save(dispute.recordFailure(day, reason, referral, now()));
		if (dispute.isPolice()) {
			this.cases.mediationFailed(scope, Objects.requireNonNull(dispute.getCaseId()), day);
		}
		return this.disputes.save(dispute);
	}

	/**
	 * Records a follow-up visit. After an agreement it says whether it was performed: for
	 * police mediation, performed closes the linked case without punishment; not
	 * performed lets it go on, its clock restarting the day after the performance
	 * deadline.
	 */
	public FollowUp completeFollowUp(Scope scope, Long id, long version, Long followUpId, LocalDate doneOn,
			@Nullable Boolean performed, String outcome, Satisfaction satisfaction, Long officerId) {
		Dispute dispute = edited(scope, id, version);
		FollowUp followUp = this.followUps.findById(followUpId)
			.filter(f -> f.getDisputeId().equals(id))
			.orElseThrow(() -> DisputeNotFoundException.forId(id));
		boolean performanceFound = dispute.completeFollowUp(followUp, doneOn, performed, outcome, satisfaction,
				officerId, now());
		this.followUps.save(followUp);
		if (performanceFound && dispute.isPolice()) {
			Long caseId = Objects.requireNonNull(dispute.getCaseId());
			if (Boolean.TRUE.equals(dispute.getPerformed())) {
				this.cases.closeAfterMediation(scope, caseId, doneOn, dispute.getFileNumber(), officerId,
						this.staff.namesOf(List.of(officerId)).getOrDefault(officerId, ""));
			}
			else {
				this.cases.agreementNotPerformed(scope, caseId,
						Objects.requireNonNull(dispute.getPerformanceDeadline()));
			}
		}
		this.disputes.save(dispute);
		return followUp;
	}

	/**
	 * Asks a supervisor to close the file; only once the follow-up visit is done.
	 */
	public Dispute requestClosure(Scope scope, Long id, long version) {
		Dispute dispute = edited(scope, id, version);
		dispute.requestClosure(this.followUps.findByDisputeIdOrderByDueOnAscIdAsc(id), now());
		return this.disputes.save(dispute);
	}

	/**
	 * A supervisor approves the closure (销号). The caller checks the supervisor role.
	 */
	public Dispute approveClosure(Scope scope, Long id, long version, Long supervisorId) {
		Dispute dispute = edited(scope, id, version);
		dispute.approveClosure(supervisorId, now());
		return this.disputes.save(dispute);
	}

	/**
	 * A supervisor returns the closure request with a reason.
	 */
	public Dispute returnClosure(Scope scope, Long id, long version, String reason) {
		Dispute dispute = edited(scope, id, version);
		dispute.returnClosure(reason, now());
		return this.disputes.save(dispute);
	}

	private Dispute edited(Scope scope, Long id, long version) {
		Dispute dispute = this.disputes.getInScope(scope, id);
		dispute.checkVersion(version);
		return dispute;
	}

	private Instant now() {
		return this.clock.instant();
	}

}
