package org.stationops.liaison.web;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.liaison.Enterprise;
import org.stationops.liaison.EnterpriseDetails;
import org.stationops.liaison.EnterpriseKind;
import org.stationops.liaison.RiskLevel;
import org.stationops.shared.validation.PhoneNumber;
import org.stationops.shared.validation.ResidentId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

record EnterpriseForm(@NotNull @Nullable EnterpriseKind kind, @NotBlank @Size(max = 200) @Nullable String name,
		@Size(max = 30) @Nullable String creditCode, @Nullable Boolean acceptLegacyCode,
		@Size(max = 100) @Nullable String industry, @Size(max = 200) @Nullable String address,
		@Nullable Long businessCircleId, @Nullable Long buildingId, @Size(max = 50) @Nullable String floorRoom,
		@Size(max = 50) @Nullable String legalRepName, @ResidentId @Nullable String legalRepIdNumber,
		@PhoneNumber @Nullable String legalRepPhone, @Size(max = 50) @Nullable String keyPersonName,
		@ResidentId @Nullable String keyPersonIdNumber, @PhoneNumber @Nullable String keyPersonPhone,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate leaseStart,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate leaseEnd,
		@Min(0) @Max(1_000_000) @Nullable Integer headcount, @Size(max = 20) @Nullable String taxTier,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate movedInOn, @NotNull @Nullable RiskLevel riskLevel,
		@Nullable Long allianceId, @Min(1) @Max(365) @Nullable Integer contactEveryDays,
		@Min(1) @Max(730) @Nullable Integer visitEveryDays, @Nullable Long liaisonOfficerId, @Nullable Long version) {

	static EnterpriseForm empty() {
		return new EnterpriseForm(EnterpriseKind.COMPANY, "", "", false, "", "", null, null, "", "", "", "", "", "", "",
				null, null, 0, "", null, RiskLevel.LOW, null, null, null, null, null);
	}

	static EnterpriseForm of(Enterprise e) {
		EnterpriseDetails d = e.details();
		return new EnterpriseForm(d.kind(), d.name(), d.creditCode(), e.isCreditCodeWarning(), d.industry(),
				d.address(), d.businessCircleId(), d.buildingId(), d.floorRoom(), d.legalRepName(),
				d.legalRepIdNumber(), d.legalRepPhone(), d.keyPersonName(), d.keyPersonIdNumber(), d.keyPersonPhone(),
				d.leaseStart(), d.leaseEnd(), d.headcount(), d.taxTier(), d.movedInOn(), d.riskLevel(), d.allianceId(),
				d.contactEveryDays(), d.visitEveryDays(), e.getLiaisonOfficerId(), e.getVersion());
	}

	EnterpriseDetails details() {
		return new EnterpriseDetails(Objects.requireNonNull(this.kind), s(this.name), s(this.creditCode),
				s(this.industry), s(this.address), this.businessCircleId, this.buildingId, s(this.floorRoom),
				s(this.legalRepName), s(this.legalRepIdNumber), s(this.legalRepPhone), s(this.keyPersonName),
				s(this.keyPersonIdNumber), s(this.keyPersonPhone), this.leaseStart, this.leaseEnd,
				Objects.requireNonNullElse(this.headcount, 0), s(this.taxTier), this.movedInOn,
				Objects.requireNonNull(this.riskLevel), this.allianceId, this.contactEveryDays, this.visitEveryDays);
	}

	boolean legacyAccepted() {
		return Boolean.TRUE.equals(this.acceptLegacyCode);
	}

	static String s(@Nullable String value) {
		return (value == null) ? "" : value;
	}

}
