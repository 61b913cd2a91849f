package org.stationops.incidents.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.stationops.incidents.IncidentTracking;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public tracking (阳光化), no login: receipt number and query code give the stage and the
 * public progress entries. Any miss gets the same neutral answer; attempts are
 * rate-limited per client address (429 page).
 */
@Controller
@RequestMapping("/track")
class TrackingController {

	private final IncidentTracking tracking;

	private final TrackingRateLimiter limiter;

	TrackingController(IncidentTracking tracking, TrackingRateLimiter limiter) {
		this.tracking = tracking;
		this.limiter = limiter;
	}

	@GetMapping
	String form() {
		return "incidents/track";
	}

	@PostMapping
	String track(@RequestParam(defaultValue = "") String receiptNumber,
			@RequestParam(defaultValue = "") String queryCode, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (!this.limiter.tryAttempt(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", "600");
			return "incidents/track-limited";
		}
		model.addAttribute("receiptNumber", receiptNumber);
		if (receiptNumber.length() > 40 || queryCode.length() > 20) {
			model.addAttribute("notFound", true);
			return "incidents/track";
		}
		this.tracking.track(receiptNumber, queryCode)
			.ifPresentOrElse(view -> model.addAttribute("view", view), () -> model.addAttribute("notFound", true));
		return "incidents/track";
	}

}
