package org.stationops.incidents.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.NotFoundException;
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
 * RFC 9457 problem details ({@code application/problem+json}) for every API error:
 * validation (400, with an {@code errors} list of field and message), domain rules (422),
 * duplicates (409), not found (404); messages in the request's language.
 */
@RestControllerAdvice(assignableTypes = IncidentApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IncidentApiErrors extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	IncidentApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("incidents.api.invalid", null, LocaleContextHolder.getLocale()));
		problem.setType(URI.create("https://stationops.example/problems/validation"));
		problem.setTitle("Invalid incident");
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message",
					this.messages.getMessage(error, LocaleContextHolder.getLocale())))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				this.messages.getMessage("incidents.api.notFound", null, LocaleContextHolder.getLocale()));
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler(RuleViolationException.class)
	ProblemDetail ruleViolation(RuleViolationException ex) {
		HttpStatus status = "incidents.externalRef.duplicate".equals(ex.getCode()) ? HttpStatus.CONFLICT
				: HttpStatus.UNPROCESSABLE_CONTENT;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, this.messages.getMessage(ex.getCode(),
				ex.getArguments(), ex.getCode(), LocaleContextHolder.getLocale()));
		problem.setTitle((status == HttpStatus.CONFLICT) ? "Duplicate" : "Refused");
		problem.setProperty("code", ex.getCode());
		if (ex.getField() != null) {
			problem.setProperty("errors",
					List.of(Map.of("field", ex.getField(), "message", String.valueOf(problem.getDetail()))));
		}
		return problem;
	}

}
