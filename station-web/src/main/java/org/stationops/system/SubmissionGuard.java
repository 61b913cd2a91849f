package org.stationops.system;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.FormSubmissions;

import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Carries out a rendered form once. Every form a page renders carries a fresh submission
 * key ({@link SubmissionKeyFields}); the first sending takes the key, a second sending of
 * the same form (a double click, a resend after a timeout, the back button) waits briefly
 * for the first and is then sent where the first one went, without doing anything. A
 * sending that comes back with errors frees its key. Keys are kept a day.
 */
@Component
class SubmissionGuard implements HandlerInterceptor {

	static final String DUPLICATE = "stationopsDuplicateSubmission";

	private static final String TAKEN = SubmissionGuard.class.getName() + ".TAKEN";

	private static final int WAIT_STEPS = 40;

	private static final long WAIT_STEP_MILLIS = 250;

	private final FormSubmissions submissions;

	SubmissionGuard(FormSubmissions submissions) {
		this.submissions = submissions;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		UUID key = key(request);
		if (key == null) {
			return true;
		}
		String user = user(request);
		if (this.submissions.take(key, user)) {
			request.setAttribute(TAKEN, key);
			return true;
		}
		Optional<String> outcome = awaitOutcome(key, user);
		if (outcome.isPresent()) {
			response.sendRedirect(outcome.get());
		}
		else {
			request.setAttribute(DUPLICATE, Boolean.TRUE);
			response.sendError(HttpStatus.CONFLICT.value());
		}
		return false;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception ex) {
		if (!(request.getAttribute(TAKEN) instanceof UUID key)) {
			return;
		}
		String location = response.getHeader("Location");
		if (ex == null && location != null && response.getStatus() >= 300 && response.getStatus() < 400) {
			this.submissions.complete(key, location);
		}
		else {
			this.submissions.release(key);
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
	void forgetOldKeys() {
		this.submissions.forgetOld();
	}

	private Optional<String> awaitOutcome(UUID key, String user) {
		for (int step = 0; step < WAIT_STEPS; step++) {
			Optional<String> outcome = this.submissions.outcome(key, user);
			if (outcome.isPresent()) {
				return outcome;
			}
			try {
				Thread.sleep(WAIT_STEP_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return Optional.empty();
	}

	private static @Nullable UUID key(HttpServletRequest request) {
		if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
			return null;
		}
		String value = request.getParameter(SubmissionKeyFields.FIELD);
		if (value == null || value.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String user(HttpServletRequest request) {
		return (request.getUserPrincipal() != null) ? request.getUserPrincipal().getName() : "anonymous";
	}

}
