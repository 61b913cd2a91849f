package org.stationops.mediation;

/**
 * Risk of a dispute getting worse: red (may turn violent, many people involved), yellow,
 * blue.
 */
public enum RiskGrade {

	RED, YELLOW, BLUE;

	public boolean isRed() {
		return this == RED;
	}

	public boolean isYellow() {
		return this == YELLOW;
	}

}
