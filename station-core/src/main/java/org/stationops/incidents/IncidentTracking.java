package org.stationops.incidents;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public, login-free lookup (阳光化): receipt number and query code give the stage and
 * the public progress entries of every {@link ReportProgress}, nothing personal. A wrong
 * receipt number and a wrong code look the same (empty).
 */
@Service
@Transactional(readOnly = true)
public class IncidentTracking {

	private final IncidentRepository incidents;

	private final List<ReportProgress> progress;

	IncidentTracking(IncidentRepository incidents, List<ReportProgress> progress) {
		this.incidents = incidents;
		this.progress = progress;
	}

	public Optional<View> track(String receiptNumber, String queryCode) {
		return this.incidents.findByReceiptNumber(ReceiptNumbers.normalize(receiptNumber))
			.filter(incident -> incident.matchesQueryCode(queryCode))
			.map(incident -> new View(incident.getReceiptNumber(), incident.getReceivedAt(),
					this.progress.stream()
						.flatMap(p -> p.stageOf(incident.getId()).stream())
						.findFirst()
						.orElse("incidents.status." + incident.getStatus()),
					this.progress.stream()
						.flatMap(p -> p.progressOf(incident.getId()).stream())
						.sorted(Comparator.comparing(PublicProgressEntry::at))
						.toList()));
	}

	/**
	 * What a reporter sees.
	 *
	 * @param stageKey message key of the incident's current stage.
	 */
	public record View(String receiptNumber, Instant receivedAt, String stageKey, List<PublicProgressEntry> entries) {

	}

}
