package org.stationops.liaison;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.StationScoped;

/**
 * A screening campaign (排摸行动) over business circles or buildings; its target list is
 * fixed when it starts.
 */
@Entity
@Table(name = "screening_campaigns")
public class ScreeningCampaign extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private String name = "";

	private LocalDate startsOn = LocalDate.EPOCH;

	private LocalDate endsOn = LocalDate.EPOCH;

	private String status = "ACTIVE";

	private String scopeNote = "";

	protected ScreeningCampaign() {
	}

	public ScreeningCampaign(Long stationId, String name, LocalDate startsOn, LocalDate endsOn, String scopeNote) {
		this.stationId = stationId;
		this.name = name;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.scopeNote = scopeNote;
	}

	void close() {
		this.status = "CLOSED";
	}

	public boolean isActive() {
		return "ACTIVE".equals(this.status);
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getName() {
		return this.name;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public String getStatus() {
		return this.status;
	}

	public String getScopeNote() {
		return this.scopeNote;
	}

}
