package org.stationops.practitioners.web;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.practitioners.Finding;
import org.stationops.practitioners.Trade;
import org.stationops.shared.validation.PhoneNumber;
import org.stationops.shared.validation.ResidentId;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of practitioner screening.
 */
final class PractitionerForms {

	private PractitionerForms() {
	}

	record PractitionerForm(@NotNull @Nullable Long enterpriseId, @NotBlank @Size(max = 40) @Nullable String name,
			@NotBlank @ResidentId @Size(max = 18) @Nullable String idNumber,
			@PhoneNumber @Size(max = 20) @Nullable String phone, @NotNull @Nullable Trade trade) {

		static PractitionerForm empty() {
			return new PractitionerForm(null, "", "", "", Trade.COURIER);
		}

	}

	record CampaignForm(@NotBlank @Size(max = 80) @Nullable String name,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsOn,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endsOn,
			@NotEmpty @Nullable Set<Trade> trades) {

		static CampaignForm empty(LocalDate today) {
			return new CampaignForm("", today, today.plusMonths(1), Set.of());
		}

	}

	record CheckForm(@NotNull @Nullable Long practitionerId,
			@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate checkedOn,
			@NotNull @Nullable Finding finding, @Size(max = 500) @Nullable String concern,
			@Size(max = 500) @Nullable String followUp, @NotNull @Nullable Long version) {

		static CheckForm empty(long version, LocalDate today) {
			return new CheckForm(null, today, Finding.CLEAR, "", "", version);
		}

	}

	record FollowUpForm(
			@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate doneOn,
			@NotBlank @Size(max = 500) @Nullable String outcome, @NotNull @Nullable Long version) {

	}

	static String text(@Nullable String value) {
		return (value == null) ? "" : value.trim();
	}

}
