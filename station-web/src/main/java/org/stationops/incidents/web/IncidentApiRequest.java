package org.stationops.incidents.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.incidents.IncidentSource;
import org.stationops.shared.validation.PhoneNumber;
import org.stationops.shared.validation.ResidentId;

/**
 * An incident as the 110 system sends it to {@code POST /api/v1/incidents} (and as a CSV
 * row carries it).
 *
 * @param externalRef the 110 system's reference (接警单号), unique per station: a resend is
 * refused with 409 instead of creating a duplicate.
 * @param stationCode required for bureau-level accounts; station accounts may omit it.
 * @param areaName an area (community) of the station, by name, or empty.
 */
record IncidentApiRequest(@Size(max = 40) @Nullable String externalRef, @Size(max = 10) @Nullable String stationCode,
		@NotNull @PastOrPresent @Nullable OffsetDateTime receivedAt, @NotNull @Nullable IncidentSource source,
		@NotBlank @Size(max = 60) @Nullable String categoryCode, @NotBlank @Size(max = 200) @Nullable String location,
		@Size(max = 60) @Nullable String areaName, @DecimalMin("-90") @DecimalMax("90") @Nullable BigDecimal latitude,
		@DecimalMin("-180") @DecimalMax("180") @Nullable BigDecimal longitude,
		@NotBlank @Size(max = 40) @Nullable String reporterName,
		@NotBlank @PhoneNumber @Size(max = 20) @Nullable String reporterPhone,
		@ResidentId @Size(max = 18) @Nullable String reporterIdNumber,
		@NotBlank @Size(max = 2000) @Nullable String description) {

}
