package org.stationops.vessels.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.validation.PhoneNumber;
import org.stationops.shared.validation.ResidentId;
import org.stationops.vessels.CrewDetails;
import org.stationops.vessels.CrewRole;
import org.stationops.vessels.OutreachKind;
import org.stationops.vessels.VesselStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms on a vessel's page; each carries the version the officer started from.
 */
final class VesselWorkForms {

	private VesselWorkForms() {
	}

	record StatusForm(@NotNull @Nullable VesselStatus target,
			@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@Size(max = 200) @Nullable String note, @NotNull @Nullable Long version) {

		static StatusForm empty(VesselStatus current, long version, LocalDate today) {
			return new StatusForm(current.next().get(0), today, "", version);
		}

	}

	record CrewForm(@NotBlank @Size(max = 40) @Nullable String name,
			@NotBlank @ResidentId @Size(max = 18) @Nullable String idNumber,
			@PhoneNumber @Size(max = 20) @Nullable String phone, @NotNull @Nullable CrewRole role,
			@Size(max = 100) @Nullable String contract, @Size(max = 60) @Nullable String employer,
			@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate joinedOn) {

		static CrewForm empty(LocalDate today) {
			return new CrewForm("", "", "", CrewRole.DECKHAND, "", "", today);
		}

		CrewDetails toDetails() {
			return new CrewDetails(text(this.name), text(this.idNumber), text(this.phone),
					java.util.Objects.requireNonNull(this.role), text(this.contract), text(this.employer));
		}

	}

	record LeaveForm(@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate leftOn,
			@NotNull @Nullable Long version) {

	}

	record JointCheckForm(
			@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate checkedOn,
			@NotBlank @Size(max = 100) @Nullable String borderInspection, @Size(max = 100) @Nullable String ownerParty,
			@Size(max = 100) @Nullable String dock, @Size(max = 1000) @Nullable String notes,
			@NotNull @Nullable Long version) {

		static JointCheckForm empty(long version, LocalDate today) {
			return new JointCheckForm(today, "", "", "", "", version);
		}

	}

	record OutreachForm(@NotNull @Nullable OutreachKind kind,
			@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
			@NotNull @Min(1) @Max(1000) @Nullable Integer headcount, @NotBlank @Size(max = 100) @Nullable String topic,
			@Size(max = 1000) @Nullable String notes, @NotNull @Nullable Long version) {

		static OutreachForm empty(long version, LocalDate today) {
			return new OutreachForm(OutreachKind.EDUCATION_ON_SITE, today, null, "", "", version);
		}

	}

	record TaskForm(@NotBlank @Size(max = 500) @Nullable String outcome, @NotNull @Nullable Long version) {

	}

	static String text(@Nullable String value) {
		return (value == null) ? "" : value.trim();
	}

}
