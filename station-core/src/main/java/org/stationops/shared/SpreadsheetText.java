package org.stationops.shared;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Text written to a CSV or XLSX cell: a value that a spreadsheet would read as a formula
 * (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return)
 * gets a leading apostrophe, so opening an export never runs what a user typed (formula
 * injection, OWASP "CSV injection"). Plain numbers such as {@code -3} stay as they are.
 */
public final class SpreadsheetText {

	private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	private SpreadsheetText() {
	}

	public static String neutralise(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		return (risky && !NUMBER.matcher(value).matches()) ? "'" + value : value;
	}

	/**
	 * @return the values with every text neutralised and other values (numbers)
	 * unchanged.
	 */
	public static Object[] cells(@Nullable Object... values) {
		Object[] cells = new Object[values.length];
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			cells[i] = (value instanceof CharSequence text) ? neutralise(text.toString())
					: (value != null) ? value : "";
		}
		return cells;
	}

}
