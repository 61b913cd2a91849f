package org.stationops.patrol;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.RuleViolationException;

/**
 * A patrol checkpoint (巡更点): a place a patrol checks in at by the code on its printed
 * sheet, optionally at a service station.
 */
@Entity
@Table(name = "patrol_checkpoints")
public class Checkpoint extends AbstractEntity {

	private Long stationId = 0L;

	private String name = "";

	private String place = "";

	private double latitude;

	private double longitude;

	private @Nullable Long serviceStationId;

	protected Checkpoint() {
	}

	Checkpoint(Long stationId, CheckpointDetails details) {
		this.stationId = stationId;
		apply(details);
	}

	void apply(CheckpointDetails details) {
		if (Math.abs(details.latitude()) > 90 || Math.abs(details.longitude()) > 180) {
			throw RuleViolationException.onField("latitude", "patrol.position.outOfRange");
		}
		this.name = details.name();
		this.place = details.place();
		this.latitude = details.latitude();
		this.longitude = details.longitude();
		this.serviceStationId = details.serviceStationId();
	}

	public CheckpointDetails details() {
		return new CheckpointDetails(this.name, this.place, this.latitude, this.longitude, this.serviceStationId);
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getName() {
		return this.name;
	}

	public String getPlace() {
		return this.place;
	}

	public double getLatitude() {
		return this.latitude;
	}

	public double getLongitude() {
		return this.longitude;
	}

	public @Nullable Long getServiceStationId() {
		return this.serviceStationId;
	}

}
