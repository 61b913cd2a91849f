package org.stationops.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Resident ID numbers (公民身份号码) per GB 11643-1999: 17 digits and an ISO 7064 MOD 11-2
 * check character, with a real birth date in positions 7–14.
 */
public final class ResidentIdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private ResidentIdNumbers() {
	}

	public static boolean isValid(String id) {
		if (id.length() != 18) {
			return false;
		}
		for (int i = 0; i < 17; i++) {
			char c = id.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return Character.toUpperCase(id.charAt(17)) == checkCharacter(id) && hasValidBirthDate(id);
	}

	/**
	 * @param first17 the first 17 digits of an ID number.
	 * @return the number completed with its check character (for generated test and demo
	 * data).
	 */
	public static String complete(String first17) {
		return first17 + checkCharacter(first17);
	}

	private static char checkCharacter(String id) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (id.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	private static boolean hasValidBirthDate(String id) {
		try {
			LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
					Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
			return birth.getYear() >= 1850 && !birth.isAfter(LocalDate.now());
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

}
