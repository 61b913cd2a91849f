package org.stationops.incidents;

import java.util.List;

/**
 * Port for progress notes.
 */
public interface IncidentNoteRepository {

	IncidentNote save(IncidentNote note);

	List<IncidentNote> findByIncidentIdOrderByWrittenAt(Long incidentId);

	List<IncidentNote> findByIncidentIdAndShownToReporterTrueOrderByWrittenAt(Long incidentId);

}
