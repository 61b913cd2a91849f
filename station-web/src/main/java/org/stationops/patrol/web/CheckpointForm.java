package org.stationops.patrol.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.patrol.Checkpoint;
import org.stationops.patrol.CheckpointDetails;

/**
 * Create and edit form of a checkpoint; {@code version} guards edits.
 */
record CheckpointForm(@NotBlank @Size(max = 60) @Nullable String name, @Size(max = 200) @Nullable String place,
		@NotNull @DecimalMin("-90") @DecimalMax("90") @Nullable Double latitude,
		@NotNull @DecimalMin("-180") @DecimalMax("180") @Nullable Double longitude, @Nullable Long serviceStationId,
		@Nullable Long stationId, @Nullable Long version) {

	static CheckpointForm empty(@Nullable Long stationId) {
		return new CheckpointForm("", "", null, null, null, stationId, null);
	}

	static CheckpointForm of(Checkpoint c) {
		return new CheckpointForm(c.getName(), c.getPlace(), c.getLatitude(), c.getLongitude(), c.getServiceStationId(),
				c.getStationId(), c.getVersion());
	}

	CheckpointDetails toDetails() {
		return new CheckpointDetails(UnitForm.text(this.name), UnitForm.text(this.place),
				(this.latitude != null) ? this.latitude : 0, (this.longitude != null) ? this.longitude : 0,
				this.serviceStationId);
	}

}
