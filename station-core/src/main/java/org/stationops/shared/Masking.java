package org.stationops.shared;

import org.jspecify.annotations.Nullable;

/**
 * Masks personal identifiers for lists: ID numbers keep the first 3 and last 4
 * characters, phones the first 3 and last 4 digits.
 */
public final class Masking {

	private Masking() {
	}

	public static String idNumber(@Nullable String id) {
		return keep(id, 3, 4);
	}

	public static String phone(@Nullable String phone) {
		return keep(phone, 3, 4);
	}

	private static String keep(@Nullable String value, int head, int tail) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		if (value.length() <= head + tail) {
			return "*".repeat(value.length());
		}
		return value.substring(0, head) + "*".repeat(value.length() - head - tail)
				+ value.substring(value.length() - tail);
	}

}
