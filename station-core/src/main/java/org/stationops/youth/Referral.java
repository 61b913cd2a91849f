package org.stationops.youth;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a referral records about the minor and who refers.
 *
 * @param minorIdNumber GB 11643 ID number, or empty when not known yet.
 * @param referralReference the incident's receipt number, the case number, the school or
 * the community that referred the minor.
 * @param officerId the group's officer (民警), who reads and keeps the file.
 */
public record Referral(String minorName, String minorIdNumber, LocalDate minorBirthDate, String school,
		String guardianName, String guardianPhone, ReferralSource source, String referralReference, String situation,
		@Nullable Long officerId, LocalDate referredOn, LocalDate reviewOn) {

}
