package org.stationops.liaison.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

record CampaignForm(@NotBlank @Size(max = 100) @Nullable String name,
		@NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate startsOn,
		@NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate endsOn, @Nullable List<Long> circleIds,
		@Nullable List<Long> buildingIds, @Size(max = 1000) @Nullable String scopeNote) {

	List<Long> circles() {
		return (this.circleIds == null) ? List.of() : this.circleIds;
	}

	List<Long> buildings() {
		return (this.buildingIds == null) ? List.of() : this.buildingIds;
	}

}
