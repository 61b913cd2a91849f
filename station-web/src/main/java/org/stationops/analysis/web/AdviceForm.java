package org.stationops.analysis.web;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.analysis.AdviceDetails;
import org.stationops.analysis.AdviceTarget;
import org.stationops.analysis.PreventionAdvice;

/**
 * Write and edit form of prevention advice; {@code target} is the target's kind and id
 * ({@code ENTERPRISE:12}), {@code version} guards edits.
 */
record AdviceForm(
		@NotBlank @Pattern(regexp = "(ENTERPRISE|COMPOUND|SERVICE_STATION):\\d{1,18}") @Nullable String target,
		@Nullable Long areaId, @Size(max = 40) @Nullable String categoryCode, @Size(max = 2000) @Nullable String basis,
		@NotBlank @Size(max = 4000) @Nullable String advice, @Nullable Long stationId, @Nullable Long version) {

	static AdviceForm empty(@Nullable Long stationId, @Nullable Long areaId, @Nullable String categoryCode,
			@Nullable String basis) {
		return new AdviceForm("", areaId, (categoryCode != null) ? categoryCode : "", (basis != null) ? basis : "", "",
				stationId, null);
	}

	static AdviceForm of(PreventionAdvice a) {
		return new AdviceForm(a.getTargetKind() + ":" + a.getTargetId(), a.getAreaId(), a.getCategoryCode(),
				a.getBasis(), a.getAdvice(), a.getStationId(), a.getVersion());
	}

	AdviceDetails toDetails() {
		String[] parts = Objects.requireNonNull(this.target).split(":");
		String category = (this.categoryCode == null || this.categoryCode.isBlank()) ? null : this.categoryCode;
		return new AdviceDetails(AdviceTarget.valueOf(parts[0]), Long.valueOf(parts[1]), this.areaId, category,
				text(this.basis), text(this.advice));
	}

	static String text(@Nullable String value) {
		return (value == null) ? "" : value.strip();
	}

}
