package org.stationops.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * RFC 9457 problem details for requests the API's security chain refuses.
 */
final class ApiProblems {

	private ApiProblems() {
	}

	static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof SignInThrottledException throttled) {
			long seconds = Math.max(1,
					java.time.Duration.between(java.time.Instant.now(), throttled.retryAfter()).toSeconds());
			response.setHeader("Retry-After", Long.toString(seconds));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS,
					"Too many sign-in attempts; try again later or ask an administrator.");
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"StationOps API\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic using an officer account.");
	}

	static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "Your account may not do this.");
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream()
			.write(("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\",\"instance\":\""
					+ request.getRequestURI().replace("\"", "") + "\"}")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
