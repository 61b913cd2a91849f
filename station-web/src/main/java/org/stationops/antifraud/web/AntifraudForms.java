package org.stationops.antifraud.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.antifraud.FraudType;
import org.stationops.antifraud.Intervention;
import org.stationops.antifraud.SessionKind;
import org.stationops.antifraud.WarningOutcome;
import org.stationops.shared.validation.PhoneNumber;
import org.springframework.format.annotation.DateTimeFormat;

final class AntifraudForms {

	private AntifraudForms() {
	}

	record WarningForm(@NotBlank @Size(max = 50) @Nullable String victimName,
			@NotBlank @PhoneNumber @Nullable String phone, @NotNull @Nullable FraudType fraudType,
			@NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime warnedAt) {
	}

	record OutcomeForm(@NotNull @Nullable Intervention intervention, @Size(max = 2000) @Nullable String note,
			@NotNull @Nullable WarningOutcome outcome,
			@PositiveOrZero @Digits(integer = 12, fraction = 2) @Nullable BigDecimal protectedAmount,
			@Nullable Long version) {
	}

	record SessionForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
			@NotNull @Nullable SessionKind kind, @NotBlank @Size(max = 200) @Nullable String venue,
			@NotBlank @Size(max = 200) @Nullable String audience,
			@NotNull @PositiveOrZero @Max(100000) @Nullable Integer headcount) {
	}

}
