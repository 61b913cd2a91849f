package org.stationops.liaison;

import java.util.Locale;

import org.stationops.shared.CreditCodes;

/**
 * How a unified social credit code entered or imported stands: valid, a legacy code that
 * fails only the GB 32100 check character (accepted with a visible warning), or malformed
 * (refused).
 */
public enum CodeCheck {

	BLANK, VALID, LEGACY, MALFORMED;

	public static String normalise(String code) {
		return code.trim().toUpperCase(Locale.ROOT);
	}

	public static CodeCheck of(String code) {
		String c = normalise(code);
		if (c.isEmpty()) {
			return BLANK;
		}
		if (!CreditCodes.isWellFormed(c)) {
			return MALFORMED;
		}
		return CreditCodes.isValid(c) ? VALID : LEGACY;
	}

}
