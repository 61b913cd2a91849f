package org.stationops.mediation.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.stationops.mediation.Dispute;
import org.stationops.mediation.DisputeDetails;
import org.stationops.mediation.DisputeKind;
import org.stationops.mediation.DisputeSource;
import org.stationops.mediation.RiskGrade;

record DisputeForm(@NotNull @Nullable Long stationId, @NotNull @Nullable DisputeKind kind,
		@NotNull @Nullable DisputeSource source, @NotBlank @Nullable String categoryCode,
		@NotBlank @Size(max = 100) @Nullable String title, @Size(max = 4000) @Nullable String summary,
		@Size(max = 200) @Nullable String place, @Nullable Long areaId,
		@NotNull @Min(1) @Max(100000) @Nullable Integer headcount, @NotNull @Nullable RiskGrade riskGrade,
		@Nullable Boolean escalated, @Size(max = 500) @Nullable String escalationReason, @Nullable Long incidentId,
		@Nullable Long caseId, @Nullable String offenceCode, @Nullable String groundCode,
		@Nullable List<String> exclusions,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate registeredOn,
		@Nullable Long version) {

	static DisputeForm empty(@Nullable Long stationId, LocalDate today) {
		return new DisputeForm(stationId, DisputeKind.PEOPLE, DisputeSource.WALK_IN, "", "", "", "", null, 2,
				RiskGrade.BLUE, false, "", null, null, null, null, List.of(), today, null);
	}

	static DisputeForm of(Dispute d) {
		return new DisputeForm(d.getStationId(), d.getKind(), d.getSource(), d.getCategoryCode(), d.getTitle(),
				d.getSummary(), d.getPlace(), d.getAreaId(), d.getHeadcount(), d.getRiskGrade(), d.isEscalated(),
				d.getEscalationReason(), d.getIncidentId(), d.getCaseId(), d.getOffenceCode(), d.getGroundCode(),
				List.of(), d.getRegisteredOn(), d.getVersion());
	}

	DisputeForm fromIncident(@Nullable Long incident) {
		if (incident == null) {
			return this;
		}
		return new DisputeForm(this.stationId, this.kind, DisputeSource.INCIDENT, this.categoryCode, this.title,
				this.summary, this.place, this.areaId, this.headcount, this.riskGrade,
				Boolean.TRUE.equals(this.escalated), this.escalationReason, incident, this.caseId, this.offenceCode,
				this.groundCode, this.exclusions, this.registeredOn, this.version);
	}

	DisputeDetails details() {
		return new DisputeDetails(this.kind, this.source, this.categoryCode, this.title.trim(), text(this.summary),
				text(this.place), this.areaId, this.headcount, this.riskGrade, Boolean.TRUE.equals(this.escalated),
				text(this.escalationReason), this.incidentId, this.caseId, blankToNull(this.offenceCode),
				blankToNull(this.groundCode), this.registeredOn);
	}

	List<String> exclusionCodes() {
		return (this.exclusions != null) ? this.exclusions : List.of();
	}

	static String text(@Nullable String value) {
		return (value != null) ? value.trim() : "";
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
