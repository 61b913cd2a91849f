package org.stationops.mediation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.StationStaff;
import org.springframework.stereotype.Component;

/**
 * The repositories and checks the mediation services share.
 */
@Component
class MediationSupport {

	final DisputeRepository disputes;

	final PartyRepository parties;

	final MediatorAssignmentRepository mediators;

	final MediationContactRepository contacts;

	final MediationSessionRepository sessions;

	final FollowUpRepository followUps;

	final MediationReferenceRepository reference;

	final PoliceMediationRuleRepository rules;

	final LinkedCases cases;

	final WorkingDayCalendar calendar;

	private final StationStaff staff;

	private final Clock clock;

	MediationSupport(DisputeRepository disputes, PartyRepository parties, MediatorAssignmentRepository mediators,
			MediationContactRepository contacts, MediationSessionRepository sessions, FollowUpRepository followUps,
			MediationReferenceRepository reference, PoliceMediationRuleRepository rules, LinkedCases cases,
			WorkingDayCalendar calendar, StationStaff staff, Clock clock) {
		this.disputes = disputes;
		this.parties = parties;
		this.mediators = mediators;
		this.contacts = contacts;
		this.sessions = sessions;
		this.followUps = followUps;
		this.reference = reference;
		this.rules = rules;
		this.cases = cases;
		this.calendar = calendar;
		this.staff = staff;
		this.clock = clock;
	}

	Instant now() {
		return this.clock.instant();
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	Dispute get(Scope scope, Long id) {
		return this.disputes.findById(id)
			.filter(d -> scope.allows(d.getStationId()))
			.orElseThrow(() -> DisputeNotFoundException.forId(id));
	}

	Dispute checked(Scope scope, Long id, long version) {
		Dispute dispute = get(scope, id);
		if (dispute.getVersion() != version) {
			throw new RuleViolationException("common.error.staleVersion");
		}
		return dispute;
	}

	Dispute checkedOpen(Scope scope, Long id, long version) {
		Dispute dispute = checked(scope, id, version);
		if (dispute.getStatus() != DisputeStatus.OPEN) {
			throw new RuleViolationException("mediation.error.notOpen");
		}
		return dispute;
	}

	void touch(Dispute dispute) {
		dispute.touch(now());
		this.disputes.save(dispute);
	}

	void checkNotFuture(LocalDate day, String field) {
		if (day.isAfter(today())) {
			throw RuleViolationException.onField(field, "mediation.date.future");
		}
	}

	String officerName(Long officerId) {
		return this.staff.namesOf(List.of(officerId)).getOrDefault(officerId, "");
	}

	DisputeFile file(Dispute dispute) {
		Long id = Objects.requireNonNull(dispute.getId());
		List<MediatorAssignment> assignments = this.mediators.findByDisputeIdOrderById(id);
		Map<Long, String> officerNames = this.staff.namesOf(assignments.stream()
			.map(MediatorAssignment::getOfficerId)
			.filter(Objects::nonNull)
			.map(Long.class::cast)
			.toList());
		Map<Long, MediationContact> contactsById = new HashMap<>();
		this.contacts.findByStationIdOrderByName(dispute.getStationId()).forEach(c -> contactsById.put(c.getId(), c));
		List<DisputeFile.Mediator> mediators = new ArrayList<>();
		for (MediatorAssignment a : assignments) {
			if (a.getOfficerId() != null) {
				mediators.add(new DisputeFile.Mediator(a.getId(), officerNames.getOrDefault(a.getOfficerId(), "?"),
						null, "", a.getOfficerId()));
			}
			else {
				MediationContact c = contactsById.get(a.getContactId());
				mediators.add(new DisputeFile.Mediator(a.getId(), (c != null) ? c.getName() : "?",
						(c != null) ? c.getKind() : ContactKind.OTHER, (c != null) ? c.getOrganisation() : "", null));
			}
		}
		List<MediationSession> sessionList = this.sessions.findByDisputeIdOrderByHeldOnAscIdAsc(id);
		return new DisputeFile(dispute, this.parties.findByDisputeIdOrderById(id), mediators, sessionList,
				this.followUps.findByDisputeIdOrderByDueOnAscIdAsc(id), nextSessionDeadline(dispute, sessionList),
				(dispute.judicialConfirmationDeadline() != null)
						? PeopleMediationRules.confirmationDeadline(
								java.util.Objects.requireNonNull(dispute.getAgreementReachedOn()), this.calendar)
						: null,
				dispute.isPolice() && PoliceMediationRules.firstSessionLate(dispute.getRegisteredOn(),
						sessionList.stream().map(MediationSession::getHeldOn).sorted().toList(), this.calendar));
	}

	@Nullable LocalDate nextSessionDeadline(Dispute dispute, List<MediationSession> sessionList) {
		if (!dispute.isPolice() || dispute.getStatus() != DisputeStatus.OPEN) {
			return null;
		}
		return PoliceMediationRules.nextSessionDeadline(dispute.getRegisteredOn(),
				sessionList.stream().map(MediationSession::getHeldOn).sorted().toList(), this.calendar);
	}

}
