package org.stationops.servicestations.web;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * A submission whose values could not even be converted (a hand-made request with a bad
 * enum or time) leaves no form object to show; the page comes back with an empty form and
 * one message instead of a server error.
 */
final class UnreadableForms {

	private UnreadableForms() {
	}

	/**
	 * @return whether the form could not be built from the request.
	 */
	static boolean replaceIfUnreadable(BindingResult result, Model model, Object emptyForm) {
		if (result.getTarget() != null) {
			return false;
		}
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + result.getObjectName());
		model.addAttribute(result.getObjectName(), emptyForm);
		model.addAttribute("unreadableForm", true);
		return true;
	}

}
