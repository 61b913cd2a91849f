package org.stationops.incidents;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/**
 * Receipt numbers ({@code ML-20261125-0007}: station code, day of receipt, the day's
 * sequence at that station) and query codes (six characters without look-alikes such as
 * 0/O and 1/I).
 */
public final class ReceiptNumbers {

	static final String QUERY_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int QUERY_CODE_LENGTH = 6;

	private static final RandomGenerator RANDOM = new SecureRandom();

	private ReceiptNumbers() {
	}

	public static String format(String stationCode, LocalDate day, int sequence) {
		if (sequence < 1) {
			throw new IllegalArgumentException("Sequence starts at 1: " + sequence);
		}
		return stationCode + "-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + String.format("%04d", sequence);
	}

	public static String newQueryCode() {
		return newQueryCode(RANDOM);
	}

	static String newQueryCode(RandomGenerator random) {
		StringBuilder code = new StringBuilder(QUERY_CODE_LENGTH);
		for (int i = 0; i < QUERY_CODE_LENGTH; i++) {
			code.append(QUERY_CODE_ALPHABET.charAt(random.nextInt(QUERY_CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * @return the receipt number as a visitor typed it, trimmed and upper-cased.
	 */
	public static String normalize(String receiptNumber) {
		return receiptNumber.trim().toUpperCase(java.util.Locale.ROOT);
	}

}
