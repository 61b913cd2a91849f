package org.stationops.servicestations.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits public booking, lookup and cancellation attempts per client address (Bucket4j
 * token buckets, as {@code /track}): by default 10 attempts refilled over 10 minutes; at
 * most 10,000 addresses remembered.
 */
@Component
class BookingRateLimiter {

	private static final int MAX_CLIENTS = 10_000;

	private final int attempts;

	private final Duration period;

	private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_CLIENTS;
		}
	};

	BookingRateLimiter(@Value("${stationops.booking.attempts:10}") int attempts,
			@Value("${stationops.booking.period:PT10M}") Duration period) {
		this.attempts = attempts;
		this.period = period;
	}

	boolean tryAttempt(String clientAddress) {
		Bucket bucket;
		synchronized (this.buckets) {
			bucket = this.buckets.computeIfAbsent(clientAddress, key -> Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(this.attempts).refillGreedy(this.attempts, this.period).build())
				.build());
		}
		return bucket.tryConsume(1);
	}

}
