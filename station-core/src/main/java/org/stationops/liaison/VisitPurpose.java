package org.stationops.liaison;

/**
 * Why a liaison officer visited.
 */
public enum VisitPurpose {

	ROUTINE, POLICY_BRIEFING, SECURITY_INSPECTION, ANTI_FRAUD_PUBLICITY, SELF_CHECK_GUIDANCE, FAST_CHANNEL_FOLLOW_UP,
	NEWCOMER_REGISTRATION

}
