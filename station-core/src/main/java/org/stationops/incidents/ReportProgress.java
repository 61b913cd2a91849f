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

}
