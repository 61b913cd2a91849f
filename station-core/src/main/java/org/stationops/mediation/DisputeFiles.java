package org.stationops.mediation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.stationops.officers.OfficerService;
import org.stationops.shared.Scope;
import org.stationops.stations.StationStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a whole dispute file for its page and documents: one scoped lookup, then the
 * parts, the names and the choices, in one read-only transaction.
 */
@Service
@Transactional(readOnly = true)
public class DisputeFiles {

	private final DisputeRepository disputes;

	private final PartyRepository parties;

	private final MediatorAssignmentRepository mediators;

	private final MediationContactRepository contacts;

	private final MediationSessionRepository sessions;

	private final FollowUpRepository followUps;

	private final LinkedCases cases;

	private final WorkingDayCalendar calendar;

	private final StationStaff staff;

	private final OfficerService officers;

	DisputeFiles(DisputeRepository disputes, PartyRepository parties, MediatorAssignmentRepository mediators,
			MediationContactRepository contacts, MediationSessionRepository sessions, FollowUpRepository followUps,
			LinkedCases cases, WorkingDayCalendar calendar, StationStaff staff, OfficerService officers) {
		this.disputes = disputes;
		this.parties = parties;
		this.mediators = mediators;
		this.contacts = contacts;
		this.sessions = sessions;
		this.followUps = followUps;
		this.cases = cases;
		this.calendar = calendar;
		this.staff = staff;
		this.officers = officers;
	}

	/**
	 * @throws DisputeNotFoundException when the dispute does not exist or the scope does
	 * not reach it.
	 */
	public DisputeFile file(Scope scope, Long id) {
		Dispute dispute = this.disputes.getInScope(scope, id);
		List<MediatorAssignment> assignments = this.mediators.findByDisputeIdOrderById(id);
		List<MediationSession> sessionList = this.sessions.findByDisputeIdOrderByHeldOnAscIdAsc(id);
		Map<Long, String> officerNames = this.staff.namesOf(Stream
			.concat(assignments.stream().map(MediatorAssignment::getOfficerId),
					sessionList.stream().map(MediationSession::getRecordedBy))
			.filter(Objects::nonNull)
			.map(Long.class::cast)
			.distinct()
			.toList());
		List<MediationContact> stationContacts = this.contacts.findByStationIdOrderByName(dispute.getStationId());
		LinkedCases.LinkedCase linkedCase = (dispute.getCaseId() != null)
				? this.cases.find(scope, dispute.getCaseId()).orElse(null) : null;
		LocalDate start = dispute.firstSessionStart((linkedCase != null) ? linkedCase.acceptedOn() : null);
		return new DisputeFile(dispute, this.parties.findByDisputeIdOrderById(id),
				mediators(assignments, officerNames, stationContacts), sessionList,
				this.followUps.findByDisputeIdOrderByDueOnAscIdAsc(id),
				nextSessionDeadline(dispute, start, sessionList), officerNames, linkedCase,
				this.officers.activeAt(dispute.getStationId()), stationContacts, judicialConfirmationDeadline(dispute),
				dispute.isPolice() && PoliceMediationRules.firstSessionLate(start,
						sessionList.stream().map(MediationSession::getHeldOn).sorted().toList(), this.calendar));
	}

	private static List<DisputeFile.Mediator> mediators(List<MediatorAssignment> assignments,
			Map<Long, String> officerNames, List<MediationContact> stationContacts) {
		Map<Long, MediationContact> contactsById = new HashMap<>();
		stationContacts.forEach(c -> contactsById.put(c.getId(), c));
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
		return mediators;
	}

	private @Nullable LocalDate judicialConfirmationDeadline(Dispute dispute) {
		LocalDate agreedOn = dispute.getAgreementReachedOn();
		return (dispute.judicialConfirmationDeadline() != null && agreedOn != null)
				? PeopleMediationRules.confirmationDeadline(agreedOn, this.calendar) : null;
	}

	private @Nullable LocalDate nextSessionDeadline(Dispute dispute, LocalDate start,
			List<MediationSession> sessionList) {
		if (!dispute.isPolice() || dispute.getStatus() != DisputeStatus.OPEN) {
			return null;
		}
		return PoliceMediationRules.nextSessionDeadline(start,
				sessionList.stream().map(MediationSession::getHeldOn).sorted().toList(), this.calendar);
	}

}
