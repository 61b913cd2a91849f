package org.stationops.stations.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.stations.Area;
import org.stationops.stations.AreaKind;

record AreaForm(@NotBlank @Size(max = 50) @Nullable String name, @NotNull @Nullable AreaKind kind,
		@Nullable Long responsibleOfficerId, @Nullable Long version) {

	static AreaForm empty() {
		return new AreaForm("", AreaKind.COMMUNITY, null, null);
	}

	static AreaForm of(Area area) {
		return new AreaForm(area.getName(), area.getKind(), area.getResponsibleOfficerId(), area.getVersion());
	}

}
