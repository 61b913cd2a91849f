package org.stationops.mediation;

/**
 * Risk of a dispute getting worse: red (may turn violent, many people involved), yellow,
 * blue.
 */
public enum RiskGrade {

	RED, YELLOW, BLUE

}
