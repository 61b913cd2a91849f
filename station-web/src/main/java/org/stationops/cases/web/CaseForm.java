package org.stationops.cases.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.cases.CaseDetails;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseKind;
import org.stationops.cases.DeadlineEngine;
import org.stationops.cases.FilingTrack;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The case form. {@code baseline} carries the values the user started editing from, so a
 * refused stale save can show which fields a colleague changed meanwhile.
 */
record CaseForm(@NotBlank @Size(max = 200) @Nullable String title, @NotNull @Nullable CaseKind kind,
		@Size(max = 60) @Nullable String categoryCode, @Size(max = 4000) @Nullable String summary,
		@NotNull @Nullable Long leadOfficerId, @Size(max = 100) @Nullable String team,
		@NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime acceptedAt,
		@Nullable Boolean complex, @NotNull @Nullable FilingTrack filingTrack,
		@Pattern(regexp = AMOUNT, message = "{cases.error.amount}") @Nullable String lossAmount,
		@Pattern(regexp = AMOUNT, message = "{cases.error.amount}") @Nullable String recoveredAmount,
		@Nullable Long version, @Nullable String baseline, @Nullable String submissionKey) {

	/** Amounts in yuan: up to 12 digits and 2 decimals, no sign; blank means zero. */
	static final String AMOUNT = "^\\s*(\\d{1,12}(\\.\\d{1,2})?)?\\s*$";

	static CaseForm empty(Long officerId, LocalDateTime now) {
		return new CaseForm("", CaseKind.ADMINISTRATIVE, "", "", officerId, "", now, false, FilingTrack.STANDARD, "0",
				"0", null, null, java.util.UUID.randomUUID().toString());
	}

	static CaseForm of(CaseFile c) {
		return new CaseForm(c.getTitle(), c.getKind(), c.getCategoryCode(), c.getSummary(), c.getLeadOfficerId(),
				c.getTeam(), LocalDateTime.ofInstant(c.getAcceptedAt(), DeadlineEngine.ZONE).withSecond(0).withNano(0),
				c.isComplex(), c.getFilingTrack(), c.getLossAmount().toPlainString(),
				c.getRecoveredAmount().toPlainString(), c.getVersion(), Baseline.encode(c.details().asMap()), null);
	}

	CaseDetails details() {
		String category = (this.categoryCode == null || this.categoryCode.isBlank()) ? null : this.categoryCode.trim();
		return new CaseDetails(Objects.requireNonNull(this.title).trim(), Objects.requireNonNull(this.kind), category,
				Objects.requireNonNullElse(this.summary, "").trim(), Objects.requireNonNull(this.leadOfficerId),
				Objects.requireNonNullElse(this.team, "").trim(),
				Objects.requireNonNull(this.acceptedAt).atZone(DeadlineEngine.ZONE).toInstant(),
				Boolean.TRUE.equals(this.complex), Objects.requireNonNull(this.filingTrack), amount(this.lossAmount),
				amount(this.recoveredAmount));
	}

	private static BigDecimal amount(@Nullable String text) {
		return (text == null || text.isBlank()) ? BigDecimal.ZERO : new BigDecimal(text.trim());
	}

}
