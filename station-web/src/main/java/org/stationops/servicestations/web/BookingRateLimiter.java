package org.stationops.servicestations.web;

import java.time.Duration;

import org.stationops.shared.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits public booking, lookup and cancellation attempts per client address: by default
 * 10 attempts refilled over 10 minutes, counted in PostgreSQL ({@link RateLimits}) so the
 * limit holds across nodes.
 */
@Component
class BookingRateLimiter {

	private final RateLimits limits;

	private final int attempts;

	private final Duration period;

	BookingRateLimiter(RateLimits limits, @Value("${stationops.booking.attempts:10}") int attempts,
			@Value("${stationops.booking.period:PT10M}") Duration period) {
		this.limits = limits;
		this.attempts = attempts;
		this.period = period;
	}

	boolean tryAttempt(String clientAddress) {
		return this.limits.tryAttempt("booking:" + clientAddress, this.attempts, this.period);
	}

}
