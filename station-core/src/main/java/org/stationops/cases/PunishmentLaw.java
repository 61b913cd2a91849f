package org.stationops.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The 治安管理处罚法 that governs a case, chosen by the case's acceptance date (受案): the 2012
 * law until 2025-12-31, the 2025 revision from 2026-01-01. Each holds the figures a
 * punishment decision is checked against, with the article that sets them.
 */
public enum PunishmentLaw {

	/** 治安管理处罚法 (2012 修正). */
	LAW_2012(new BigDecimal("500"), "第91条", new BigDecimal("2000"), "第98条", false),
	/** 治安管理处罚法 (2025 修订, 施行 2026-01-01). */
	LAW_2025(new BigDecimal("1000"), "第109条", new BigDecimal("4000"), "第117条", true);

	static final LocalDate REVISION_IN_FORCE = LocalDate.of(2026, 1, 1);

	private final BigDecimal stationFineLimit;

	private final String stationFineArticle;

	private final BigDecimal hearingFine;

	private final String hearingArticle;

	private final boolean businessSuspension;

	PunishmentLaw(BigDecimal stationFineLimit, String stationFineArticle, BigDecimal hearingFine, String hearingArticle,
			boolean businessSuspension) {
		this.stationFineLimit = stationFineLimit;
		this.stationFineArticle = stationFineArticle;
		this.hearingFine = hearingFine;
		this.hearingArticle = hearingArticle;
		this.businessSuspension = businessSuspension;
	}

	/**
	 * @return the law in force on the day the case was accepted.
	 */
	public static PunishmentLaw of(Instant acceptedAt) {
		LocalDate day = acceptedAt.atZone(DeadlineEngine.ZONE).toLocalDate();
		return day.isBefore(REVISION_IN_FORCE) ? LAW_2012 : LAW_2025;
	}

	/**
	 * @return the highest fine a 派出所 may decide (2012 第91条: 500 元; 2025 第109条: 1,000 元).
	 */
	public BigDecimal stationFineLimit() {
		return this.stationFineLimit;
	}

	public String stationFineArticle() {
		return this.stationFineArticle;
	}

	public String hearingArticle() {
		return this.hearingArticle;
	}

	/**
	 * @return whether 责令停业整顿 is a penalty of this law (only the 2025 revision).
	 */
	public boolean knowsBusinessSuspension() {
		return this.businessSuspension;
	}

	/**
	 * @return whether the penalty entitles the party to a hearing (听证): 吊销许可证, a fine at
	 * or above 2,000 元 (2012 第98条) / 4,000 元 (2025 第117条), and under 2025 also 责令停业整顿.
	 */
	public boolean needsHearingNotice(Penalty penalty) {
		return penalty.licenceRevoked() || (penalty.fine() != null && penalty.fine().compareTo(this.hearingFine) >= 0)
				|| (this.businessSuspension && penalty.businessSuspended());
	}

	public String messageKey() {
		return "cases.law." + name();
	}

}
