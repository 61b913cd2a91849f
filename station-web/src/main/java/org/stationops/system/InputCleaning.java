package org.stationops.system;

import java.beans.PropertyEditorSupport;
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
	}

	static String clean(String text, boolean trim) {
		String cleaned = CONTROL.matcher(text).replaceAll("");
		return trim ? cleaned.strip() : cleaned;
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
