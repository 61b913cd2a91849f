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
	LAW_2012(new BigDecimal("500"), "第91条", new BigDecimal("2000"), "第98条", false, "2012", "第99条", 1, true, "第83条",
			new BigDecimal("200"), "第100条", "第97条", "第22条"),
	/** 治安管理处罚法 (2025 修订, 施行 2026-01-01). */
	LAW_2025(new BigDecimal("1000"), "第109条", new BigDecimal("4000"), "第117条", true, "2025", "第118条", 2, false, "第97条",
			new BigDecimal("500"), "第119条", "第116条", "第25条");

	static final LocalDate REVISION_IN_FORCE = LocalDate.of(2026, 1, 1);

	private final BigDecimal stationFineLimit;

	private final String stationFineArticle;

	private final BigDecimal hearingFine;

	private final String hearingArticle;

	private final boolean businessSuspension;

	private final String label;

	private final String caseLimitArticle;

	private final int maxExtensions;

	private final boolean clockFromAcceptance;

	private final String questioningArticle;

	private final BigDecimal onTheSpotLimit;

	private final String onTheSpotArticle;

	private final String serviceArticle;

	private final String limitationArticle;

	PunishmentLaw(BigDecimal stationFineLimit, String stationFineArticle, BigDecimal hearingFine, String hearingArticle,
			boolean businessSuspension, String label, String caseLimitArticle, int maxExtensions,
			boolean clockFromAcceptance, String questioningArticle, BigDecimal onTheSpotLimit, String onTheSpotArticle,
			String serviceArticle, String limitationArticle) {
		this.stationFineLimit = stationFineLimit;
		this.stationFineArticle = stationFineArticle;
		this.hearingFine = hearingFine;
		this.hearingArticle = hearingArticle;
		this.businessSuspension = businessSuspension;
		this.label = label;
		this.caseLimitArticle = caseLimitArticle;
		this.maxExtensions = maxExtensions;
		this.clockFromAcceptance = clockFromAcceptance;
		this.questioningArticle = questioningArticle;
		this.onTheSpotLimit = onTheSpotLimit;
		this.onTheSpotArticle = onTheSpotArticle;
		this.serviceArticle = serviceArticle;
		this.limitationArticle = limitationArticle;
	}

	/**
	 * @return the law in force on {@code day}.
	 */
	public static PunishmentLaw inForceOn(LocalDate day) {
		return day.isBefore(REVISION_IN_FORCE) ? LAW_2012 : LAW_2025;
	}

	/**
	 * @return "2012" or "2025", as the deadline API names the law.
	 */
	public String label() {
		return this.label;
	}

	/**
	 * @return the article setting the case time limit (2012 第99条, 2025 第118条).
	 */
	public String caseLimitArticle() {
		return this.caseLimitArticle;
	}

	/**
	 * @return extensions of 30 days the level above may approve: one under 2012 (第99条),
	 * two under 2025 (第118条: 期限延长以二次为限).
	 */
	public int maxExtensions() {
		return this.maxExtensions;
	}

	/**
	 * @return whether the case time limit runs from 受理 (2012 第99条) rather than from 立案
	 * (2025 第118条).
	 */
	public boolean clockFromAcceptance() {
		return this.clockFromAcceptance;
	}

	/**
	 * @return whether days paused for {@code reason} are left out of the case time limit:
	 * 鉴定 under both laws, 听证 only under 2025 (第118条第2款); mediation under both, the time
	 * limit starting again when it fails (程序规定 第185条).
	 */
	public boolean excludes(PauseReason reason) {
		return reason != PauseReason.HEARING || this == LAW_2025;
	}

	/**
	 * @return the hours 询问查证 may last on {@code ground}, or -1 when the law has no such
	 * ground (12 h for many people or an unknown identity exists only in 2025 第97条).
	 */
	public int questioningHours(QuestioningGround ground) {
		return switch (ground) {
			case NORMAL -> 8;
			case MANY_OR_UNIDENTIFIED -> (this == LAW_2025) ? 12 : -1;
			case COMPLEX_DETENTION -> 24;
		};
	}

	public String questioningArticle() {
		return this.questioningArticle;
	}

	/**
	 * @return the highest fine decided on the spot (当场处罚: 2012 第100条 200 元, 2025 第119条
	 * 500 元).
	 */
	public BigDecimal onTheSpotLimit() {
		return this.onTheSpotLimit;
	}

	public String onTheSpotArticle() {
		return this.onTheSpotArticle;
	}

	/**
	 * @return the article on serving the decision within 2 days (2012 第97条, 2025 第116条).
	 */
	public String serviceArticle() {
		return this.serviceArticle;
	}

	/**
	 * @return the article on the 6-month limitation (2012 第22条, 2025 第25条).
	 */
	public String limitationArticle() {
		return this.limitationArticle;
	}

	/**
	 * @return the law in force on the day the case was accepted.
	 */
	public static PunishmentLaw of(Instant acceptedAt) {
		return inForceOn(acceptedAt.atZone(DeadlineEngine.ZONE).toLocalDate());
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
