package org.stationops.cases;

/**
 * Where a suspect stands.
 */
public enum SuspectStatus {

	AT_LARGE, IDENTIFIED, SUMMONED, DETAINED, COMPULSORY_MEASURES, RELEASED

}
