package org.stationops.shared;

import java.time.Duration;

/**
 * Token buckets shared by every node of a cluster: the public pages limit attempts per
 * visitor address with them.
 */
public interface RateLimits {

	/**
	 * Counts one attempt against the key's bucket.
	 * @param key what is limited, e.g. {@code tracking:203.0.113.7}
	 * @param attempts how many attempts a full bucket allows
	 * @param period how long an empty bucket takes to refill
	 * @return whether the attempt is allowed now
	 */
	boolean tryAttempt(String key, int attempts, Duration period);

}
