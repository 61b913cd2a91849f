package org.stationops.servicestations.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.CameraDetails;
import org.stationops.servicestations.CameraKind;
import org.stationops.servicestations.CameraOwner;

/**
 * The form that registers a camera.
 */
record CameraForm(@NotBlank @Size(max = 40) @Nullable String code, @Size(max = 100) @Nullable String location,
		@NotNull @Nullable CameraKind kind, @NotNull @Nullable CameraOwner owner, @Nullable Long serviceStationId,
		@Nullable Long areaId,
		@NotBlank @Pattern(regexp = ServiceStationForm.LATITUDE,
				message = "{servicestations.latitude.invalid}") @Nullable String latitude,
		@NotBlank @Pattern(regexp = ServiceStationForm.LONGITUDE,
				message = "{servicestations.longitude.invalid}") @Nullable String longitude) {

	static CameraForm empty() {
		return new CameraForm("", "", null, null, null, null, "", "");
	}

	boolean positionInRange() {
		return ServiceStationForm.inRange(this.latitude, 90) && ServiceStationForm.inRange(this.longitude, 180);
	}

	CameraDetails toDetails() {
		return new CameraDetails(ServiceStationForm.text(this.code), ServiceStationForm.text(this.location),
				java.util.Objects.requireNonNull(this.kind), java.util.Objects.requireNonNull(this.owner),
				this.serviceStationId, this.areaId, Double.parseDouble(ServiceStationForm.text(this.latitude)),
				Double.parseDouble(ServiceStationForm.text(this.longitude)));
	}

}
