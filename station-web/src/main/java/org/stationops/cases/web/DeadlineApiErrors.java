package org.stationops.cases.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for the deadline API: 400 for malformed or invalid JSON, 422
 * for facts the governing law does not allow; messages in the request's language.
 */
@RestControllerAdvice(assignableTypes = DeadlineApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeadlineApiErrors extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	DeadlineApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("deadlines.api.invalid", null, LocaleContextHolder.getLocale()));
		problem.setType(URI.create("https://stationops.example/problems/validation"));
		problem.setTitle("Invalid facts");
		problem.setProperty("errors",
				ex.getBindingResult()
					.getFieldErrors()
					.stream()
					.map(error -> Map.of("field", error.getField(), "message",
							this.messages.getMessage(error, LocaleContextHolder.getLocale())))
					.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(RuleViolationException.class)
	ProblemDetail ruleViolation(RuleViolationException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, this.messages
			.getMessage(ex.getCode(), ex.getArguments(), ex.getCode(), LocaleContextHolder.getLocale()));
		problem.setType(URI.create("https://stationops.example/problems/not-allowed-under-law"));
		problem.setTitle("Not allowed under the law");
		problem.setProperty("code", ex.getCode());
		if (ex.getField() != null) {
			problem.setProperty("errors",
					List.of(Map.of("field", ex.getField(), "message", String.valueOf(problem.getDetail()))));
		}
		return problem;
	}

}
