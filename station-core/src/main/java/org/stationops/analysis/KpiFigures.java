package org.stationops.analysis;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The raw counts and sums the station KPIs are computed from, for one window.
 *
 * @param activeOfficers active police accounts (officer, liaison officer, supervisor) of
 * the stations.
 * @param population the stations' actual resident population (实有人口) from their profiles.
 * @param casesFiled cases filed (立案) in the window.
 * @param casesCleared of those, the ones that reached 破案 or a later stage (处罚决定, 移送起诉,
 * 结案).
 * @param responses incidents received in the window with an arrival time.
 * @param medianResponseSeconds median of arrival − receipt, {@literal null} without
 * responses.
 * @param p90ResponseSeconds 90th percentile of arrival − receipt.
 * @param mediationsAgreed disputes that reached an agreement in the window.
 * @param mediationsFailed disputes whose mediation failed in the window.
 * @param enterprises enterprises registered before the window ended.
 * @param enterprisesVisited of those, the ones visited in the window.
 * @param appointments appointments in the window that were not cancelled.
 * @param appointmentsHandled of those, the ones handled on the spot, taken back or
 * completed.
 * @param moneyProtected money protected by anti-fraud interventions of warnings given in
 * the window.
 * @param warnings warnings given in the window.
 * @param warningsDissuaded of those, the ones where the person was dissuaded.
 * @param peopleReached the headcount of publicity sessions and night schools held in the
 * window.
 */
public record KpiFigures(long activeOfficers, long population, long casesFiled, long casesCleared, long responses,
		@Nullable Double medianResponseSeconds, @Nullable Double p90ResponseSeconds, long mediationsAgreed,
		long mediationsFailed, long enterprises, long enterprisesVisited, long appointments, long appointmentsHandled,
		BigDecimal moneyProtected, long warnings, long warningsDissuaded, long peopleReached) {

}
