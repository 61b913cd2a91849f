package org.stationops.shared;

import java.util.Arrays;

/**
 * A domain rule refused an operation. Carries a message-bundle code (and its arguments)
 * so the web layer shows it in the user's language, and optionally the form field it
 * concerns.
 */
public class RuleViolationException extends RuntimeException {

	private final String code;

	private final String field;

	private final Object[] arguments;

	public RuleViolationException(String code, Object... arguments) {
		this(null, code, arguments);
	}

	private RuleViolationException(String field, String code, Object... arguments) {
		super(code + (arguments.length > 0 ? " " + Arrays.toString(arguments) : ""));
		this.field = field;
		this.code = code;
		this.arguments = arguments;
	}

	public static RuleViolationException onField(String field, String code, Object... arguments) {
		return new RuleViolationException(field, code, arguments);
	}

	public String getCode() {
		return this.code;
	}

	public String getField() {
		return this.field;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
