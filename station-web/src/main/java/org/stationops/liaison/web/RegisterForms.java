package org.stationops.liaison.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.liaison.TrainingAudience;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The small forms of the liaison registers.
 */
final class RegisterForms {

	private RegisterForms() {
	}

	record CircleForm(@NotBlank @Size(max = 100) @Nullable String name) {
	}

	record BuildingForm(@NotBlank @Size(max = 100) @Nullable String name, @Size(max = 200) @Nullable String address,
			@Nullable Long circleId) {
	}

	record TrainingForm(@NotBlank @Size(max = 200) @Nullable String topic, @NotNull @Nullable TrainingAudience audience,
			@NotBlank @Size(max = 100) @Nullable String trainer,
			@NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate heldOn,
			@Size(max = 100) @Nullable String rotation, @Size(max = 4000) @Nullable String attendees,
			@NotNull @Min(0) @Max(10_000) @Nullable Integer headcount) {
	}

	record AllianceForm(@NotBlank @Size(max = 100) @Nullable String name,
			@NotBlank @Size(max = 50) @Nullable String kind,
			@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate establishedOn,
			@NotNull @Min(0) @Max(100_000) @Nullable Integer securityStaff,
			@Size(max = 4000) @Nullable String membersNote, @Size(max = 4000) @Nullable String results,
			@Nullable Long version) {
	}

}
