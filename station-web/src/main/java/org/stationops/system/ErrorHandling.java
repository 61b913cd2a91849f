package org.stationops.system;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationops.shared.NotFoundException;
import org.stationops.shared.RuleViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps what can go wrong on a page to an error page in the layout and the user's
 * language; never a stack trace.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	/**
	 * A path id that is not a number names no record (404); a query parameter of the
	 * wrong type (a filter such as {@code ?from=abc}) is a bad request (400), not a
	 * missing record.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex) {
		if (ex.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
			return page("error/404", HttpStatus.NOT_FOUND);
		}
		return page("error/4xx", HttpStatus.BAD_REQUEST);
	}

	/**
	 * A date or time outside what Java or PostgreSQL can hold (a last line of defence
	 * behind the bounded date binding): a bad request, not a 500.
	 */
	@ExceptionHandler(java.time.DateTimeException.class)
	ModelAndView dateOutOfRange(java.time.DateTimeException ex) {
		log.debug("Date out of range: {}", ex.getMessage());
		return page("error/4xx", HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(Exception ex, HttpServletResponse response) {
		log.debug("Not found: {}", ex.getMessage());
		return page("error/404", HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict(OptimisticLockingFailureException ex) {
		return page("error/409", HttpStatus.CONFLICT);
	}

	@ExceptionHandler(RuleViolationException.class)
	ModelAndView ruleViolation(RuleViolationException ex) {
		ModelAndView view = page("error/422", HttpStatus.UNPROCESSABLE_CONTENT);
		view.addObject("code", ex.getCode());
		view.addObject("arguments", ex.getArguments());
		return view;
	}

	private static ModelAndView page(String view, HttpStatus status) {
		ModelAndView modelAndView = new ModelAndView(view);
		modelAndView.setStatus(status);
		return modelAndView;
	}

}
