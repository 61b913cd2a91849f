package org.stationops.incidents.web;

import java.time.Duration;

import org.stationops.shared.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits public tracking attempts per client address: by default 10 attempts, refilled
 * gradually over 10 minutes. The buckets live in PostgreSQL ({@link RateLimits}), so the
 * limit holds across nodes.
 */
@Component
class TrackingRateLimiter {

	private final RateLimits limits;

	private final int attempts;

	private final Duration period;

	TrackingRateLimiter(RateLimits limits, @Value("${stationops.tracking.attempts:10}") int attempts,
			@Value("${stationops.tracking.period:PT10M}") Duration period) {
		this.limits = limits;
		this.attempts = attempts;
		this.period = period;
	}

	/**
	 * @return whether the client may make another attempt now (and counts it).
	 */
	boolean tryAttempt(String clientAddress) {
		return this.limits.tryAttempt("tracking:" + clientAddress, this.attempts, this.period);
	}

}
