package org.stationops.incidents;

import java.util.List;

/**
 * Contributed by features that carry an incident further (cases, mediation): what the
 * reporter may see of their progress on the public tracking page. Implementations must
 * return nothing personal.
 */
public interface ReportProgress {

	/**
	 * @param incidentId the incident the reporter holds a receipt for.
	 * @return public entries, any order; empty when the feature has nothing for it.
	 */
	List<PublicProgressEntry> progressOf(Long incidentId);

	/**
	 * @param incidentId the incident the reporter holds a receipt for.
	 * @return the message key of the stage the record this feature opened from the
	 * incident has reached (e.g. 已立案 once 立案 is approved), which the tracking page shows
	 * instead of the incident's own status; empty when this feature has none.
	 */
	default java.util.Optional<String> stageOf(Long incidentId) {
		return java.util.Optional.empty();
	}

}
