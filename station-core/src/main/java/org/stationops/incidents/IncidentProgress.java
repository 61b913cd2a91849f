package org.stationops.incidents;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The incident's own milestones and its public notes, as the reporter sees them.
 */
@Component
class IncidentProgress implements ReportProgress {

	private final IncidentRepository incidents;

	private final IncidentNoteRepository notes;

	IncidentProgress(IncidentRepository incidents, IncidentNoteRepository notes) {
		this.incidents = incidents;
		this.notes = notes;
	}

	@Override
	public List<PublicProgressEntry> progressOf(Long incidentId) {
		List<PublicProgressEntry> entries = new ArrayList<>();
		this.incidents.findById(incidentId).ifPresent(incident -> {
			entries.add(new PublicProgressEntry(incident.getReceivedAt(), "incidents.progress.received", ""));
			if (incident.getDispatchedAt() != null) {
				entries.add(new PublicProgressEntry(incident.getDispatchedAt(), "incidents.progress.dispatched", ""));
			}
			if (incident.getArrivedAt() != null) {
				entries.add(new PublicProgressEntry(incident.getArrivedAt(), "incidents.progress.arrived", ""));
			}
			if (incident.getClearedAt() != null) {
				String key = incident.getStatus().isOpen() ? "incidents.progress.cleared"
						: "incidents.status." + incident.getStatus();
				entries.add(new PublicProgressEntry(incident.getClearedAt(), key, ""));
			}
			this.notes.findByIncidentIdAndShownToReporterTrueOrderByWrittenAt(incidentId)
				.forEach(note -> entries
					.add(new PublicProgressEntry(note.getWrittenAt(), "incidents.progress.note", note.getText())));
		});
		return entries;
	}

}
