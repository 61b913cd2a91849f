package org.stationops.incidents;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A progress note on an incident; notes marked {@code shownToReporter} appear on the
 * public tracking page. Notes are never edited.
 */
@Entity
@Table(name = "incident_notes")
public class IncidentNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private Long incidentId = 0L;

	private Long stationId = 0L;

	private Instant writtenAt = Instant.EPOCH;

	private String author = "";

	@Column(name = "text")
	private String text = "";

	private boolean shownToReporter;

	protected IncidentNote() {
	}

	IncidentNote(Incident incident, String author, String text, boolean shownToReporter, Instant writtenAt) {
		this.incidentId = incident.getId();
		this.stationId = incident.getStationId();
		this.author = author;
		this.text = text;
		this.shownToReporter = shownToReporter;
		this.writtenAt = writtenAt;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Long getIncidentId() {
		return this.incidentId;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

	public String getAuthor() {
		return this.author;
	}

	public String getText() {
		return this.text;
	}

	public boolean isShownToReporter() {
		return this.shownToReporter;
	}

}
