package org.stationops.officers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.stationops.audit.AuditService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles sign-in per account name and per client address: the first failures are free,
 * then each further attempt must wait a delay that doubles, and at a threshold the name
 * (or address) is locked for {@link #LOCK}. Attempts refused while waiting count too, so
 * hammering reaches the lock sooner. Names are counted whether or not an account exists,
 * so the answer never tells whether a user name is taken. A lock is written to the audit
 * log; an administrator can lift an account's lock.
 */
@Service
@Transactional
public class SignInThrottle {

	/** Failures forgotten after this quiet time. */
	static final Duration WINDOW = Duration.ofMinutes(15);

	/** How long a lock lasts. */
	public static final Duration LOCK = Duration.ofMinutes(15);

	static final int FREE_USER_FAILURES = 3;

	static final int USER_LOCK_AT = 10;

	static final int FREE_ADDRESS_FAILURES = 20;

	static final int ADDRESS_LOCK_AT = 50;

	private static final Duration MAX_DELAY = Duration.ofMinutes(2);

	private final SignInFailures failures;

	private final AuditService audit;

	private final Clock clock;

	SignInThrottle(SignInFailures failures, AuditService audit, Clock clock) {
		this.failures = failures;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return until when an attempt for this name from this address is refused, empty
	 * when it may be checked now.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> refusedUntil(String username, String address) {
		Instant now = this.clock.instant();
		Optional<Instant> user = waitUntil(userKey(username), FREE_USER_FAILURES, now);
		Optional<Instant> client = waitUntil(addressKey(address), FREE_ADDRESS_FAILURES, now);
		if (user.isPresent() && client.isPresent()) {
			return Optional.of(user.get().isAfter(client.get()) ? user.get() : client.get());
		}
		return user.isPresent() ? user : client;
	}

	/**
	 * Counts a failed or refused attempt; locks the name or address at its threshold.
	 */
	public void failed(String username, String address) {
		Instant now = this.clock.instant();
		String user = userKey(username);
		if (this.failures.recordFailure(user, now, now.minus(WINDOW)) == USER_LOCK_AT) {
			this.failures.lock(user, now.plus(LOCK));
			this.audit.record(null, normalized(username), AuditService.SIGN_IN_LOCKED, "account", normalized(username));
		}
		String client = addressKey(address);
		if (this.failures.recordFailure(client, now, now.minus(WINDOW)) == ADDRESS_LOCK_AT) {
			this.failures.lock(client, now.plus(LOCK));
			this.audit.record(null, normalized(username), AuditService.SIGN_IN_LOCKED, "address", address);
		}
	}

	/**
	 * A good sign-in forgets the name's failures (not the address's).
	 */
	public void succeeded(String username) {
		this.failures.clear(userKey(username));
	}

	/**
	 * Lifts an account's delay or lock.
	 */
	public void unlock(String username, String administrator) {
		this.failures.clear(userKey(username));
		this.audit.record(null, administrator, AuditService.SIGN_IN_UNLOCKED, "account", normalized(username));
	}

	@Transactional(readOnly = true)
	public boolean isLocked(String username) {
		return waitUntil(userKey(username), FREE_USER_FAILURES, this.clock.instant()).isPresent();
	}

	private Optional<Instant> waitUntil(String key, int free, Instant now) {
		return this.failures.find(key).flatMap(counter -> {
			if (counter.lockedUntil() != null && counter.lockedUntil().isAfter(now)) {
				return Optional.of(counter.lockedUntil());
			}
			if (counter.lastFailureAt().isBefore(now.minus(WINDOW)) || counter.failures() < free) {
				return Optional.empty();
			}
			int doublings = Math.min(counter.failures() - free, 10);
			Duration delay = Duration.ofSeconds(1L << doublings);
			Instant until = counter.lastFailureAt().plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
			return until.isAfter(now) ? Optional.of(until) : Optional.empty();
		});
	}

	static String normalized(String username) {
		String trimmed = username.strip().toLowerCase(Locale.ROOT);
		return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
	}

	static String userKey(String username) {
		return "user:" + normalized(username);
	}

	static String addressKey(String address) {
		return "address:" + address;
	}

}
