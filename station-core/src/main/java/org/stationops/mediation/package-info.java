/**
 * Dispute mediation (矛盾纠纷调解, 一事一卷): a dispute file from registration (directly or from a
 * referred incident) through parties, mediators, sessions and an agreement or a failure
 * with a referral, to the follow-up visit and the supervisor-approved closure. Enforces
 * the two legal kinds: 治安调解 inside a minor 治安 case (eligibility held as data, 3/7
 * working-day session limits, the linked case closed or its clock restarted through
 * {@link org.stationops.mediation.LinkedCases}) and 人民调解 (agreement contents of 人民调解法
 * 第29条, the 30-day window of 第33条).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "shared :: validation",
		"shared :: web", "stations", "officers", "audit", "calendar", "cases", "incidents", "liaison" })
package org.stationops.mediation;
