package org.stationops.mediation;

/**
 * Kinds of police-mediation rule data: offence types and circumstances (程序规定第178条),
 * exclusions (第179条).
 */
public enum RuleKind {

	OFFENCE, GROUND, EXCLUSION

}
