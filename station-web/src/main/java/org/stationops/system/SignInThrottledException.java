package org.stationops.system;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without checking the password: too many recent failures for the name
 * or the address.
 */
class SignInThrottledException extends AuthenticationException {

	private final Instant retryAfter;

	SignInThrottledException(Instant retryAfter) {
		super("Too many sign-in attempts");
		this.retryAfter = retryAfter;
	}

	Instant retryAfter() {
		return this.retryAfter;
	}

}
