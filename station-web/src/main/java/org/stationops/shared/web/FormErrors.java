package org.stationops.shared.web;

import org.stationops.shared.RuleViolationException;
import org.springframework.validation.BindingResult;

/**
 * Turns a domain rule violation into an error on the form that caused it, so the form
 * comes back with the user's input and the message in their language.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult result, RuleViolationException ex) {
		if (ex.getField() != null) {
			result.rejectValue(ex.getField(), ex.getCode(), ex.getArguments(), ex.getCode());
		}
		else {
			result.reject(ex.getCode(), ex.getArguments(), ex.getCode());
		}
	}

}
