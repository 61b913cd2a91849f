package org.stationops.servicestations.web;

import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.Compound;
import org.stationops.servicestations.CompoundDetails;

/**
 * Create and edit form of a residential compound.
 */
record CompoundForm(@NotBlank @Size(max = 60) @Nullable String name, @Nullable Long areaId,
		@NotBlank @Pattern(regexp = ServiceStationForm.LATITUDE,
				message = "{servicestations.latitude.invalid}") @Nullable String latitude,
		@NotBlank @Pattern(regexp = ServiceStationForm.LONGITUDE,
				message = "{servicestations.longitude.invalid}") @Nullable String longitude,
		@NotNull @Min(0) @Max(100_000) @Nullable Integer households,
		@NotNull @Min(0) @Max(500_000) @Nullable Integer residents, @Nullable Long stationId, @Nullable Long version) {

	static CompoundForm empty(@Nullable Long stationId) {
		return new CompoundForm("", null, "", "", null, null, stationId, null);
	}

	static CompoundForm of(Compound c) {
		return new CompoundForm(c.getName(), c.getAreaId(), Double.toString(c.getLatitude()),
				Double.toString(c.getLongitude()), c.getHouseholds(), c.getResidents(), c.getStationId(),
				c.getVersion());
	}

	boolean positionInRange() {
		return ServiceStationForm.inRange(this.latitude, 90) && ServiceStationForm.inRange(this.longitude, 180);
	}

	CompoundDetails toDetails() {
		return new CompoundDetails(ServiceStationForm.text(this.name), this.areaId,
				Double.parseDouble(ServiceStationForm.text(this.latitude)),
				Double.parseDouble(ServiceStationForm.text(this.longitude)),
				Objects.requireNonNullElse(this.households, 0), Objects.requireNonNullElse(this.residents, 0));
	}

}
