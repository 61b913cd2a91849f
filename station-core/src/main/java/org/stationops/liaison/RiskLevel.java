package org.stationops.liaison;

/**
 * An enterprise's assessed security risk.
 */
public enum RiskLevel {

	LOW, MEDIUM, HIGH;

	public boolean isHigh() {
		return this == HIGH;
	}

}
