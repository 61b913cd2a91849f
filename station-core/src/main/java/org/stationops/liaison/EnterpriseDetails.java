package org.stationops.liaison;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * What the enterprise file holds, as entered on the form or imported. Cadence fields left
 * {@literal null} take the kind's default.
 */
public record EnterpriseDetails(EnterpriseKind kind, String name, String creditCode, String industry, String address,
		@Nullable Long businessCircleId, @Nullable Long buildingId, String floorRoom, String legalRepName,
		String legalRepIdNumber, String legalRepPhone, String keyPersonName, String keyPersonIdNumber,
		String keyPersonPhone, @Nullable LocalDate leaseStart, @Nullable LocalDate leaseEnd, int headcount,
		String taxTier, @Nullable LocalDate movedInOn, RiskLevel riskLevel, @Nullable Long allianceId,
		@Nullable Integer contactEveryDays, @Nullable Integer visitEveryDays) {

	/** A lease shorter than this many months is flagged (a fraud-company signal). */
	public static final int SHORT_LEASE_MONTHS = 12;

	public static boolean isShortLease(@Nullable LocalDate start, @Nullable LocalDate end) {
		return start != null && end != null && ChronoUnit.MONTHS.between(start, end) < SHORT_LEASE_MONTHS;
	}

	public static EnterpriseDetails minimal(EnterpriseKind kind, String name, String creditCode) {
		return new EnterpriseDetails(kind, name, creditCode, "", "", null, null, "", "", "", "", "", "", "", null, null,
				0, "", null, RiskLevel.LOW, null, null, null);
	}

}
