package org.stationops.liaison.web;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.liaison.Urgency;
import org.springframework.format.annotation.DateTimeFormat;

record TicketForm(@NotNull @Nullable Long enterpriseId, @NotBlank @Size(max = 50) @Nullable String type,
		@NotNull @Nullable Urgency urgency, @NotBlank @Size(max = 4000) @Nullable String description,
		@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime reportedAt) {
}
