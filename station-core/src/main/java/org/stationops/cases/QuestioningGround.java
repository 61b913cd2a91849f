package org.stationops.cases;

/**
 * The ground on which 询问查证 may last: 8 hours as a rule; 12 hours when many people are
 * involved or the person's identity is unknown (2025 第97条 only); 24 hours when the case
 * is complex and 行政拘留 may follow (2012 第83条, 2025 第97条).
 */
public enum QuestioningGround {

	NORMAL, MANY_OR_UNIDENTIFIED, COMPLEX_DETENTION

}
