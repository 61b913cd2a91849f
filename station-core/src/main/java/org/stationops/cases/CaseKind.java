package org.stationops.cases;

/**
 * The two legal kinds of case.
 */
public enum CaseKind {

	/**
	 * 治安案件 / administrative case under the Public Security Administration Punishments
	 * Law.
	 */
	ADMINISTRATIVE,

	/** 刑事案件 / criminal case under the Criminal Procedure Law. */
	CRIMINAL;

	public boolean isAdministrative() {
		return this == ADMINISTRATIVE;
	}

}
