package org.stationops.liaison.web;

/**
 * Completes the first 17 characters of a unified social credit code with its GB 32100
 * check character, for demo data and the import template (never copy real codes).
 */
final class CheckCharacters {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private CheckCharacters() {
	}

	static String complete(String first17) {
		int sum = 0;
		int weight = 1;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
			weight = weight * 3 % 31;
		}
		return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
	}

}
