package org.stationops.incidents;

import java.time.Instant;

/**
 * Published synchronously, inside the disposing transaction, when an incident is disposed
 * as "case opened" ({@link Target#CASE}) or "referred to mediation"
 * ({@link Target#MEDIATION}). The cases and mediation features listen and open the case
 * or dispute; a listener that throws rolls the disposition back.
 *
 * @param officerId the officer who disposed the incident.
 * @param categoryCode the incident's sub-category code, e.g. {@code CRIMINAL.EXTORTION}.
 * @param summary the incident's description.
 * @param location where it happened, or empty.
 * @param receivedAt when the incident was received.
 */
public record IncidentReferred(Long incidentId, Long stationId, Target target, Long officerId, String categoryCode,
		String summary, Instant at, String location, Instant receivedAt) {

	/**
	 * A referral whose place is unknown and whose incident was received when disposed.
	 */
	public IncidentReferred(Long incidentId, Long stationId, Target target, Long officerId, String categoryCode,
			String summary, Instant at) {
		this(incidentId, stationId, target, officerId, categoryCode, summary, at, "", at);
	}

	public enum Target {

		CASE, MEDIATION

	}

}
