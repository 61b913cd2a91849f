package org.stationops.youth.web;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.validation.PhoneNumber;
import org.stationops.shared.validation.ResidentId;
import org.stationops.youth.Referral;
import org.stationops.youth.ReferralSource;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The referral of a minor, which opens a group.
 */
record ReferralForm(@NotBlank @Size(max = 40) @Nullable String minorName,
		@ResidentId @Size(max = 18) @Nullable String minorIdNumber,
		@NotNull @Past @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate minorBirthDate,
		@Size(max = 100) @Nullable String school, @NotBlank @Size(max = 40) @Nullable String guardianName,
		@NotBlank @PhoneNumber @Size(max = 20) @Nullable String guardianPhone, @NotNull @Nullable ReferralSource source,
		@NotBlank @Size(max = 100) @Nullable String referralReference,
		@NotBlank @Size(max = 2000) @Nullable String situation, @NotNull @Nullable Long officerId,
		@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate referredOn,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reviewOn,
		@Nullable Long stationId) {

	static ReferralForm empty(@Nullable Long stationId, Long officerId, LocalDate today) {
		return new ReferralForm("", "", null, "", "", "", ReferralSource.SCHOOL, "", "", officerId, today,
				today.plusMonths(3), stationId);
	}

	Referral toReferral() {
		return new Referral(text(this.minorName), text(this.minorIdNumber).toUpperCase(java.util.Locale.ROOT),
				Objects.requireNonNull(this.minorBirthDate), text(this.school), text(this.guardianName),
				text(this.guardianPhone), Objects.requireNonNull(this.source), text(this.referralReference),
				text(this.situation), this.officerId, Objects.requireNonNull(this.referredOn),
				Objects.requireNonNull(this.reviewOn));
	}

	static String text(@Nullable String value) {
		return (value == null) ? "" : value.trim();
	}

}
