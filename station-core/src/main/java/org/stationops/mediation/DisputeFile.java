package org.stationops.mediation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.stationops.officers.Officer;

/**
 * The whole dispute file as one read: the dispute and its parties, mediators, sessions
 * and follow-up visits.
 *
 * @param nextSessionDeadline for police mediation still open, the last day the next
 * session may be held ({@literal null} when no further session is allowed or for people's
 * mediation).
 * @param officerNames the names of the officers the file mentions (mediators, session
 * recorders), by id.
 * @param linkedCase the 治安 case of a police mediation, if the scope reaches it.
 * @param officerChoices the station's active officers: the choices for a mediator.
 * @param contactChoices the station's outside contacts: the other choices for a mediator.
 * @param judicialConfirmationDeadline for a people's mediation agreement, the last day to
 * apply for 司法确认, past rest days.
 * @param firstSessionLate for police mediation, whether the first session came after its
 * 3 working days (a warning).
 */
public record DisputeFile(Dispute dispute, List<Party> parties, List<Mediator> mediators,
		List<MediationSession> sessions, List<FollowUp> followUps, @Nullable LocalDate nextSessionDeadline,
		Map<Long, String> officerNames, LinkedCases.@Nullable LinkedCase linkedCase, List<Officer> officerChoices,
		List<MediationContact> contactChoices, @Nullable LocalDate judicialConfirmationDeadline,
		boolean firstSessionLate) {

	/**
	 * @return whether a follow-up was done and none is outstanding: the condition for
	 * closure (销号).
	 */
	public boolean followUpComplete() {
		return !this.followUps.isEmpty() && this.followUps.stream().allMatch(FollowUp::isDone);
	}

	/**
	 * A mediator as shown: an officer, or an outside contact of some kind.
	 *
	 * @param kind {@literal null} for an officer.
	 */
	public record Mediator(Long assignmentId, String name, @Nullable ContactKind kind, String organisation,
			@Nullable Long officerId) {

	}

}
