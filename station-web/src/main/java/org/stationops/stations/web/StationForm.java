package org.stationops.stations.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.stations.Station;
import org.stationops.stations.StationProfile;

record StationForm(@NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]*") @Nullable String code,
		@NotBlank @Size(max = 50) @Nullable String name, @NotBlank @Size(max = 50) @Nullable String bureau,
		@Size(max = 200) @Nullable String address,
		@NotNull @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) @Nullable BigDecimal areaKm2,
		@NotNull @Min(0) @Max(100_000) @Nullable Integer residentialCompounds,
		@NotNull @Min(0) @Max(50_000_000) @Nullable Integer actualPopulation,
		@NotNull @Min(0) @Max(50_000_000) @Nullable Integer registeredPopulation,
		@NotNull @Min(0) @Max(50_000_000) @Nullable Integer floatingPopulation,
		@NotNull @Min(0) @Max(100_000) @Nullable Integer schools,
		@NotNull @Min(0) @Max(100_000) @Nullable Integer urbanVillages,
		@NotNull @Min(0) @Max(1_000_000) @Nullable Integer officerHeadcount, @Nullable Long version) {

	static StationForm empty() {
		return new StationForm("", "", "", "", BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0, null);
	}

	static StationForm of(Station station) {
		return new StationForm(station.getCode(), station.getName(), station.getBureau(), station.getAddress(),
				station.getAreaKm2(), station.getResidentialCompounds(), station.getActualPopulation(),
				station.getRegisteredPopulation(), station.getFloatingPopulation(), station.getSchools(),
				station.getUrbanVillages(), station.getOfficerHeadcount(), station.getVersion());
	}

	@SuppressWarnings("NullAway")
	StationProfile toProfile() {
		return new StationProfile(this.code.trim().toUpperCase(java.util.Locale.ROOT), this.name.trim(),
				this.bureau.trim(), (this.address != null) ? this.address.trim() : "", this.areaKm2,
				this.residentialCompounds, this.actualPopulation, this.registeredPopulation, this.floatingPopulation,
				this.schools, this.urbanVillages, this.officerHeadcount);
	}

}
