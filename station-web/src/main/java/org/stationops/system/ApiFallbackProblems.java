package org.stationops.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests that reach no handler at all — a wrong method (405), a wrong content type
 * (415), an unacceptable answer type (406), an unknown path (404). Under {@code /api/}
 * they are answered with an RFC 9457 problem detail; a page request gets the status
 * alone, so the error page in the layout shows, as before.
 */
@RestControllerAdvice
class ApiFallbackProblems {

	@ExceptionHandler({ HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
			HttpMediaTypeNotAcceptableException.class, NoResourceFoundException.class, NoHandlerFoundException.class })
	@Nullable ResponseEntity<ProblemDetail> noHandler(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ErrorResponse error = (ErrorResponse) ex;
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			error.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			response.sendError(error.getStatusCode().value());
			return null;
		}
		ProblemDetail problem = error.getBody();
		if (problem.getTitle() == null) {
			HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
			problem.setTitle((status != null) ? status.getReasonPhrase() : "Error");
		}
		return ResponseEntity.status(error.getStatusCode())
			.headers(error.getHeaders())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
