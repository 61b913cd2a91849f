package org.stationops.patrol.web;

import org.stationops.shared.RuleViolationException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every patrol form and action button shares.
 */
final class Forms {

	private Forms() {
	}

	/**
	 * A submission whose values could not even be converted (a hand-made request with a
	 * bad enum or time) comes back as an empty form with one message instead of a server
	 * error.
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

	/**
	 * Runs one action and comes back to {@code page} with its message, or with the rule's
	 * refusal as {@code actionError}.
	 */
	static String run(String page, RedirectAttributes redirect, String message, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", message);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("actionError", ex.getCode());
			redirect.addFlashAttribute("actionErrorArguments", ex.getArguments());
		}
		return "redirect:" + page;
	}

}
