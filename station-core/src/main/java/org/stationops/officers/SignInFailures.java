package org.stationops.officers;

import java.time.Instant;
import java.util.Optional;

/**
 * Port for the failed sign-in counters ({@code sign_in_throttles}); station-persistence
 * supplies the implementation.
 */
public interface SignInFailures {

	Optional<Counter> find(String key);

	/**
	 * Counts one failure in one statement (safe under concurrent attempts); a counter
	 * whose last failure is older than {@code windowStart} starts again at one.
	 * @return the failures counted now.
	 */
	int recordFailure(String key, Instant now, Instant windowStart);

	void lock(String key, Instant until);

	void clear(String key);

	/**
	 * A counter as stored.
	 *
	 * @param lockedUntil {@literal null} when not locked.
	 */
	record Counter(int failures, Instant lastFailureAt, @org.jspecify.annotations.Nullable Instant lockedUntil) {
	}

}
