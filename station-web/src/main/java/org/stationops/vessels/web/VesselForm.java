package org.stationops.vessels.web;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.vessels.Vessel;
import org.stationops.vessels.VesselDetails;
import org.stationops.vessels.VesselKind;
import org.stationops.vessels.VesselStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Create and edit form of a vessel; status and its date are asked only on creation, later
 * changes go through the status verbs. {@code version} guards edits.
 */
record VesselForm(@NotBlank @Size(max = 60) @Nullable String name,
		@NotBlank @Size(max = 30) @Pattern(regexp = "[\\p{L}\\p{N} ()（）-]*",
				message = "{vessels.registration.pattern}") @Nullable String registrationNumber,
		@NotNull @Nullable VesselKind kind, @Size(max = 60) @Nullable String homePort,
		@NotNull @Nullable Long ownerEnterpriseId, @Nullable Long liaisonOfficerId, @Nullable VesselStatus status,
		@PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate statusSince,
		@Nullable Long stationId, @Nullable Long version) {

	static VesselForm empty(@Nullable Long stationId, LocalDate today) {
		return new VesselForm("", "", VesselKind.FISHING, "", null, null, VesselStatus.IN_PORT, today, stationId, null);
	}

	static VesselForm of(Vessel vessel) {
		VesselDetails d = vessel.details();
		return new VesselForm(d.name(), d.registrationNumber(), d.kind(), d.homePort(), d.ownerEnterpriseId(),
				d.liaisonOfficerId(), vessel.getStatus(), vessel.getStatusSince(), vessel.getStationId(),
				vessel.getVersion());
	}

	VesselDetails toDetails() {
		return new VesselDetails(text(this.name), text(this.registrationNumber).toUpperCase(java.util.Locale.ROOT),
				Objects.requireNonNull(this.kind), text(this.homePort), Objects.requireNonNull(this.ownerEnterpriseId),
				this.liaisonOfficerId);
	}

	static String text(@Nullable String value) {
		return (value == null) ? "" : value.trim();
	}

}
