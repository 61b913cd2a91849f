package org.stationops.cases;

/**
 * The clocks the deadline calculator (法定期限计算器) computes from facts alone.
 */
public enum StatutoryClock {

	/** 受案审查: 24 h, 3 days if complex (公通字〔2015〕32号). */
	ACCEPTANCE_REVIEW,
	/** 刑事立案审查: 3 / 7 / 30 days (公通字〔2015〕32号). */
	CRIMINAL_FILING_REVIEW,
	/** 治安案件办案期限 (2012 第99条, 2025 第118条). */
	CASE_TIME_LIMIT,
	/** 治安调解 second session within 7 working days of the first (程序规定 第183条). */
	POLICE_MEDIATION_SECOND_SESSION,
	/** 司法确认 within 30 days of the agreement taking effect (人民调解法 第33条). */
	JUDICIAL_CONFIRMATION,
	/** 询问查证 8 / 12 / 24 h (2012 第83条, 2025 第97条). */
	QUESTIONING;

	public String messageKey() {
		return "deadlines.clock." + name();
	}

}
