package org.stationops.emergency.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.emergency.MobiliserKind;
import org.stationops.shared.validation.PhoneNumber;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms on a plan's page; each carries the version the officer started from.
 */
final class PlanWorkForms {

	private PlanWorkForms() {
	}

	record MobiliserForm(@NotNull @Nullable MobiliserKind kind, @NotBlank @Size(max = 60) @Nullable String name,
			@Size(max = 40) @Nullable String contact, @NotBlank @PhoneNumber @Size(max = 20) @Nullable String phone,
			@Size(max = 200) @Nullable String task, @NotNull @Nullable Long version) {

		static MobiliserForm empty(long version) {
			return new MobiliserForm(MobiliserKind.OFFICER, "", "", "", "", version);
		}

	}

	record DrillForm(@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
			@NotNull @Min(1) @Max(10000) @Nullable Integer participants,
			@NotNull @Min(0) @Max(1440) @Nullable Integer minutesToAssemble,
			@Size(max = 2000) @Nullable String findings, @Size(max = 2000) @Nullable String followUp,
			@NotNull @Nullable Long version) {

		static DrillForm empty(long version, LocalDate today) {
			return new DrillForm(today, null, null, "", "", version);
		}

	}

	record ActivationForm(@NotBlank @Size(max = 200) @Nullable String reason, @NotNull @Nullable Long version) {

	}

	static String text(@Nullable String value) {
		return (value == null) ? "" : value.trim();
	}

}
