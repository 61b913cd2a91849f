package org.stationops.cases;

/**
 * The statutory clocks a case can be under.
 */
public enum DeadlineClock {

	/** 受案审查: 24 h, 3 days if complex. */
	ACCEPTANCE_REVIEW,
	/** 刑事立案审查: 3 / 7 / 30 days. */
	FILING_REVIEW,
	/** 治安案件办案期限: 30 days, extendable twice by 30. */
	CASE_TIME_LIMIT

}
