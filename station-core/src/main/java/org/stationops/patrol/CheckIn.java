package org.stationops.patrol;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * One pass at a checkpoint during a shift, with the phone's position when the officer
 * allowed it and how far that was from the checkpoint.
 */
@Embeddable
public class CheckIn {

	private Long checkpointId = 0L;

	private Instant at = Instant.EPOCH;

	private @Nullable Double latitude;

	private @Nullable Double longitude;

	private @Nullable Integer distanceMetres;

	private boolean far;

	protected CheckIn() {
	}

	CheckIn(Long checkpointId, Instant at, @Nullable Double latitude, @Nullable Double longitude,
			@Nullable Integer distanceMetres) {
		this.checkpointId = checkpointId;
		this.at = at;
		this.latitude = latitude;
		this.longitude = longitude;
		this.distanceMetres = distanceMetres;
		this.far = distanceMetres != null && distanceMetres > PatrolShift.FAR_METRES;
	}

	public Long getCheckpointId() {
		return this.checkpointId;
	}

	public Instant getAt() {
		return this.at;
	}

	public @Nullable Double getLatitude() {
		return this.latitude;
	}

	public @Nullable Double getLongitude() {
		return this.longitude;
	}

	public @Nullable Integer getDistanceMetres() {
		return this.distanceMetres;
	}

	/**
	 * @return whether the phone was further than {@value PatrolShift#FAR_METRES} m from
	 * the checkpoint: flagged for review, still counted.
	 */
	public boolean isFar() {
		return this.far;
	}

}
