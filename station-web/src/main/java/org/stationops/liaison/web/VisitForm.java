package org.stationops.liaison.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.liaison.VisitMode;
import org.stationops.liaison.VisitPurpose;
import org.stationops.liaison.VisitRecord;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

record VisitForm(@NotNull @Nullable VisitMode mode,
		@NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate visitedOn,
		@NotEmpty @Nullable Set<VisitPurpose> purposes, @Size(max = 500) @Nullable String peopleMet,
		@Size(max = 4000) @Nullable String findings, @Size(max = 1000) @Nullable String hazard,
		@Size(max = 1000) @Nullable String followUpTask,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate followUpDue) {

	static VisitForm empty(LocalDate today) {
		return new VisitForm(VisitMode.VISIT, today, EnumSet.of(VisitPurpose.ROUTINE), "", "", "", "", null);
	}

	VisitRecord record() {
		return new VisitRecord(java.util.Objects.requireNonNull(this.mode),
				java.util.Objects.requireNonNull(this.visitedOn), (this.purposes == null) ? Set.of() : this.purposes,
				EnterpriseForm.s(this.peopleMet), EnterpriseForm.s(this.findings), EnterpriseForm.s(this.hazard),
				EnterpriseForm.s(this.followUpTask), this.followUpDue);
	}

}
