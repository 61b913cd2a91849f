package org.stationops.servicestations.web;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.stationops.servicestations.ServiceLogKind;

/**
 * The quick entry of the service log, made on a phone. {@code formToken} makes a
 * double-tapped submit record one entry; {@code openIncident} with a category turns an
 * alarm into an incident in the same step.
 */
record ServiceLogForm(@NotNull @Nullable Long serviceStationId, @NotNull @Nullable ServiceLogKind kind,
		@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime occurredAt,
		@NotNull @Min(1) @Max(500) @Nullable Integer people, @Size(max = 500) @Nullable String note,
		@Nullable Boolean openIncident, @Nullable String incidentCategory, @Nullable String formToken) {

	static ServiceLogForm empty(@Nullable Long serviceStationId) {
		return new ServiceLogForm(serviceStationId, null, null, 1, "", Boolean.FALSE, null,
				java.util.UUID.randomUUID().toString());
	}

	/**
	 * @return whether the officer asked for an incident (an unticked box sends nothing).
	 */
	boolean opensIncident() {
		return Boolean.TRUE.equals(this.openIncident);
	}

	/**
	 * @return the same choice of station with a fresh token, for the next entry.
	 */
	ServiceLogForm next() {
		return empty(this.serviceStationId);
	}

}
