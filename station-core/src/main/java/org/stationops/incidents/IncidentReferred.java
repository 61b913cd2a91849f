package org.stationops.incidents;

/**
 * Published synchronously, inside the disposing transaction, when an incident is disposed
 * as "case opened" ({@link Target#CASE}) or "referred to mediation"
 * ({@link Target#MEDIATION}). The cases and mediation features listen and open the case
 * or dispute; a listener that throws rolls the disposition back.
 *
 * @param officerId the officer who disposed the incident.
 * @param categoryCode the incident's sub-category code, e.g. {@code CRIMINAL.EXTORTION}.
 * @param summary the incident's description.
 */
public record IncidentReferred(Long incidentId, Long stationId, Target target, Long officerId, String categoryCode,
		String summary, java.time.Instant at) {

	public enum Target {

		CASE, MEDIATION

	}

}
