package org.stationops.patrol.web;

import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.patrol.PatrolUnit;
import org.stationops.patrol.UnitDetails;
import org.stationops.patrol.UnitKind;

/**
 * Create and edit form of a patrol unit; {@code version} guards edits.
 */
record UnitForm(@NotBlank @Size(max = 40) @Nullable String name, @NotNull @Nullable UnitKind kind,
		@Size(max = 40) @Nullable String leader, @Size(max = 1000) @Nullable String members,
		@Size(max = 100) @Nullable String affiliation, @NotNull @Min(1) @Max(500) @Nullable Integer memberCount,
		@Nullable Long stationId, @Nullable Long version) {

	static UnitForm empty(@Nullable Long stationId) {
		return new UnitForm("", UnitKind.PATROL_CAR_110, "", "", "", 2, stationId, null);
	}

	static UnitForm of(PatrolUnit unit) {
		UnitDetails d = unit.details();
		return new UnitForm(d.name(), d.kind(), d.leader(), d.members(), d.affiliation(), d.memberCount(),
				unit.getStationId(), unit.getVersion());
	}

	UnitDetails toDetails() {
		return new UnitDetails(text(this.name), Objects.requireNonNull(this.kind), text(this.leader),
				text(this.members), text(this.affiliation), Objects.requireNonNullElse(this.memberCount, 1));
	}

	static String text(@Nullable String value) {
		return (value == null) ? "" : value.trim();
	}

}
