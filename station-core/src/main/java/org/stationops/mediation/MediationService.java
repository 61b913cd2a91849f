package org.stationops.mediation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mediation of a dispute file: sessions, the outcome (agreement or failure with a
 * referral), follow-up visits and the closure (销号) a supervisor approves. Police
 * mediation drives its linked 治安 case through {@link LinkedCases}. Dates that contradict
 * the file's timeline are refused.
 */
@Service
@Transactional
public class MediationService {

	/** Days after a failure within which the referral is followed up. */
	public static final int FAILURE_FOLLOW_UP_DAYS = 7;

	private final MediationSupport support;

	MediationService(MediationSupport support) {
		this.support = support;
	}

	public MediationSession recordSession(Scope scope, Long id, long version, LocalDate heldOn, SessionMode mode,
			String place, String participants, String record, Long officerId) {
		Dispute dispute = this.support.checkedOpen(scope, id, version);
		if (heldOn.isBefore(dispute.getRegisteredOn())) {
			throw RuleViolationException.onField("heldOn", "mediation.session.beforeRegistration",
					dispute.getRegisteredOn().toString());
		}
		this.support.checkNotFuture(heldOn, "heldOn");
		if (dispute.isPolice()) {
			List<LocalDate> held = this.support.sessions.findByDisputeIdOrderByHeldOnAscIdAsc(id)
				.stream()
				.map(MediationSession::getHeldOn)
				.toList();
			PoliceMediationRules.checkSession(dispute.getRegisteredOn(), held, heldOn, this.support.calendar);
		}
		MediationSession session = this.support.sessions
			.save(new MediationSession(dispute, heldOn, mode, place, participants, record, officerId));
		this.support.touch(dispute);
		return session;
	}

	/**
	 * Records the agreement once it carries every required content, and schedules the
	 * follow-up visit for the performance deadline.
	 */
	public Dispute recordAgreement(Scope scope, Long id, long version, Agreement agreement) {
		Dispute dispute = this.support.checkedOpen(scope, id, version);
		List<MediationSession> sessions = this.support.sessions.findByDisputeIdOrderByHeldOnAscIdAsc(id);
		if (sessions.isEmpty()) {
			throw new RuleViolationException("mediation.agreement.sessionRequired");
		}
		LocalDate lastSession = sessions.get(sessions.size() - 1).getHeldOn();
		if (agreement.reachedOn().isBefore(lastSession)) {
			throw RuleViolationException.onField("reachedOn", "mediation.agreement.beforeSession",
					lastSession.toString());
		}
		this.support.checkNotFuture(agreement.reachedOn(), "reachedOn");
		PeopleMediationRules.checkContents(agreement, this.support.parties.findByDisputeIdOrderById(id),
				this.support.mediators.findByDisputeIdOrderById(id).size());
		dispute.recordAgreement(agreement, this.support.now());
		this.support.followUps.save(new FollowUp(dispute, agreement.performanceDeadline()));
		return this.support.disputes.save(dispute);
	}

	/**
	 * Records a failed mediation and where it is referred. For police mediation the
	 * linked case goes on and its time limit restarts that day.
	 */
	public Dispute recordFailure(Scope scope, Long id, long version, LocalDate day, String reason, Referral referral) {
		Dispute dispute = this.support.checkedOpen(scope, id, version);
		if (day.isBefore(dispute.getRegisteredOn())) {
			throw RuleViolationException.onField("failedOn", "mediation.failure.beforeRegistration",
					dispute.getRegisteredOn().toString());
		}
		this.support.checkNotFuture(day, "failedOn");
		if (!dispute.isPolice() && referral == Referral.CASE_CONTINUES) {
			throw RuleViolationException.onField("referral", "mediation.failure.caseOnlyForPolice");
		}
		dispute.recordFailure(day, reason, referral, this.support.now());
		this.support.followUps.save(new FollowUp(dispute, day.plusDays(FAILURE_FOLLOW_UP_DAYS)));
		if (dispute.isPolice()) {
			this.support.cases.mediationFailed(scope, Objects.requireNonNull(dispute.getCaseId()), day);
		}
		return this.support.disputes.save(dispute);
	}

	/**
	 * Records a follow-up visit. After an agreement it says whether it was performed: for
	 * police mediation, performed closes the linked case without punishment, not
	 * performed lets it go on with its clock restarted that day.
	 */
	public FollowUp completeFollowUp(Scope scope, Long id, long version, Long followUpId, LocalDate doneOn,
			@Nullable Boolean performed, String outcome, Satisfaction satisfaction, Long officerId) {
		Dispute dispute = this.support.checked(scope, id, version);
		if (dispute.getStatus() != DisputeStatus.AGREED && dispute.getStatus() != DisputeStatus.FAILED) {
			throw new RuleViolationException("mediation.followUp.noOutcome");
		}
		FollowUp followUp = this.support.followUps.findById(followUpId)
			.filter(f -> f.getDisputeId().equals(id))
			.orElseThrow(() -> DisputeNotFoundException.forId(id));
		if (followUp.isDone()) {
			throw new RuleViolationException("mediation.followUp.alreadyDone");
		}
		LocalDate resolvedOn = Objects.requireNonNull(dispute.resolvedOn());
		if (doneOn.isBefore(resolvedOn)) {
			throw RuleViolationException.onField("doneOn", "mediation.followUp.beforeOutcome", resolvedOn.toString());
		}
		this.support.checkNotFuture(doneOn, "doneOn");
		if (dispute.hasAgreement() && performed == null) {
			throw RuleViolationException.onField("performed", "mediation.followUp.performedRequired");
		}
		followUp.complete(doneOn, dispute.hasAgreement() ? performed : null, outcome, satisfaction, officerId);
		this.support.followUps.save(followUp);
		if (dispute.hasAgreement() && dispute.getPerformed() == null) {
			dispute.recordPerformance(Boolean.TRUE.equals(performed), doneOn, this.support.now());
			if (dispute.isPolice()) {
				Long caseId = Objects.requireNonNull(dispute.getCaseId());
				if (Boolean.TRUE.equals(performed)) {
					this.support.cases.closeAfterMediation(scope, caseId, doneOn, dispute.getFileNumber(), officerId,
							this.support.officerName(officerId));
				}
				else {
					this.support.cases.mediationFailed(scope, caseId, doneOn);
				}
			}
		}
		this.support.touch(dispute);
		return followUp;
	}

	/**
	 * Asks a supervisor to close the file; only once the follow-up visit is done.
	 */
	public Dispute requestClosure(Scope scope, Long id, long version) {
		Dispute dispute = this.support.checked(scope, id, version);
		if (dispute.getStatus() != DisputeStatus.AGREED && dispute.getStatus() != DisputeStatus.FAILED) {
			throw new RuleViolationException("mediation.closure.noOutcome");
		}
		List<FollowUp> followUps = this.support.followUps.findByDisputeIdOrderByDueOnAscIdAsc(id);
		if (followUps.isEmpty() || !followUps.stream().allMatch(FollowUp::isDone)) {
			throw new RuleViolationException("mediation.closure.followUpRequired");
		}
		dispute.requestClosure(this.support.today(), this.support.now());
		return this.support.disputes.save(dispute);
	}

	/**
	 * A supervisor approves the closure (销号). The caller checks the supervisor role.
	 */
	public Dispute approveClosure(Scope scope, Long id, long version, Long supervisorId) {
		Dispute dispute = requested(scope, id, version);
		dispute.approveClosure(this.support.today(), supervisorId, this.support.now());
		return this.support.disputes.save(dispute);
	}

	/**
	 * A supervisor returns the closure request with a reason.
	 */
	public Dispute returnClosure(Scope scope, Long id, long version, String reason) {
		Dispute dispute = requested(scope, id, version);
		if (reason.isBlank()) {
			throw RuleViolationException.onField("reason", "mediation.closure.reasonRequired");
		}
		dispute.returnClosure(reason, this.support.now());
		return this.support.disputes.save(dispute);
	}

	private Dispute requested(Scope scope, Long id, long version) {
		Dispute dispute = this.support.checked(scope, id, version);
		if (dispute.getStatus() != DisputeStatus.CLOSURE_REQUESTED) {
			throw new RuleViolationException("mediation.closure.notRequested");
		}
		return dispute;
	}

}
