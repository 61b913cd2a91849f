package org.stationops.system;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a page binds (form fields, filters) is cleaned before validation: control
 * characters (U+0000–U+001F except tab, line feed and carriage return, and U+007F) are
 * removed, and the text is trimmed, so a required check sees what will be stored
 * ({@code "\u0001"} is blank) and no control character reaches a PDF or a spreadsheet.
 * Passwords are only freed of control characters, never trimmed.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class InputCleaning {

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	@InitBinder
	void clean(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new CleaningEditor(true));
		binder.registerCustomEditor(String.class, "password", new CleaningEditor(false));
		binder.registerCustomEditor(Integer.class, new AsciiNumberEditor(Integer::valueOf, true));
		binder.registerCustomEditor(int.class, new AsciiNumberEditor(Integer::valueOf, false));
		binder.registerCustomEditor(Long.class, new AsciiNumberEditor(Long::valueOf, true));
		binder.registerCustomEditor(long.class, new AsciiNumberEditor(Long::valueOf, false));
		binder.registerCustomEditor(BigDecimal.class, new AsciiNumberEditor(BigDecimal::new, true));
	}

	static String clean(String text, boolean trim) {
		String cleaned = CONTROL.matcher(text).replaceAll("");
		return trim ? cleaned.strip() : cleaned;
	}

	/**
	 * Numbers in ASCII digits only: Java's parsers also read other scripts' digits
	 * ({@code "١٢"} as 12), which a person checking the record would not recognise.
	 */
	static final class AsciiNumberEditor extends PropertyEditorSupport {

		private static final Pattern ASCII_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

		private final Function<String, ? extends Number> parser;

		private final boolean nullable;

		AsciiNumberEditor(Function<String, ? extends Number> parser, boolean nullable) {
			this.parser = parser;
			this.nullable = nullable;
		}

		@Override
		public void setAsText(@Nullable String text) {
			String cleaned = (text != null) ? clean(text, true) : "";
			if (cleaned.isEmpty() && this.nullable) {
				setValue(null);
				return;
			}
			if (!ASCII_NUMBER.matcher(cleaned).matches()) {
				throw new IllegalArgumentException("Not a number in ASCII digits");
			}
			setValue(this.parser.apply(cleaned));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value instanceof BigDecimal decimal) ? decimal.toPlainString()
					: (value != null) ? value.toString() : "";
		}

	}

	static final class CleaningEditor extends PropertyEditorSupport {

		private final boolean trim;

		CleaningEditor(boolean trim) {
			this.trim = trim;
		}

		@Override
		public void setAsText(@Nullable String text) {
			setValue((text != null) ? clean(text, this.trim) : null);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

}
