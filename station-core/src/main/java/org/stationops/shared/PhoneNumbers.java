package org.stationops.shared;

import java.util.regex.Pattern;

/**
 * Mainland China phone numbers: mobiles {@code 1[3-9]} followed by nine digits, and
 * landlines with an area code ({@code 0} + 2–3 digits, an optional hyphen, 7–8 digits).
 */
public final class PhoneNumbers {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

	private PhoneNumbers() {
	}

	public static boolean isValid(String phone) {
		return isMobile(phone) || LANDLINE.matcher(phone).matches();
	}

	public static boolean isMobile(String phone) {
		return MOBILE.matcher(phone).matches();
	}

}
