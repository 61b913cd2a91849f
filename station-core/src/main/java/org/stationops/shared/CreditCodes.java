package org.stationops.shared;

/**
 * Unified social credit codes (统一社会信用代码) per GB 32100-2015: 18 characters from
 * {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}; the last is a check character with weights
 * 3^(i-1) mod 31.
 */
public final class CreditCodes {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCodes() {
	}

	/**
	 * @return whether the code has 18 characters of the standard's alphabet, whatever its
	 * check character.
	 */
	public static boolean isWellFormed(String code) {
		if (code.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @return whether the code is well formed and its check character matches.
	 */
	public static boolean isValid(String code) {
		return isWellFormed(code) && code.charAt(17) == checkCharacter(code);
	}

	/**
	 * @param first17 the first 17 characters of a code.
	 * @return the code completed with its check character (for generated test and demo
	 * data).
	 */
	public static String complete(String first17) {
		return first17 + checkCharacter(first17);
	}

	static char checkCharacter(String code) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

}
