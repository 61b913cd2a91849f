package org.stationops.system;

import java.util.Optional;

import org.stationops.officers.SignInThrottle;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password (form login and HTTP Basic alike) only when the
 * {@link SignInThrottle} lets the name and the client address try now; counts every
 * failed or refused attempt and forgets the name's failures after a good sign-in.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = String.valueOf(authentication.getName());
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
		Optional<java.time.Instant> refused = this.throttle.refusedUntil(username, address);
		if (refused.isPresent()) {
			this.throttle.failed(username, address);
			throw new SignInThrottledException(refused.get());
		}
		try {
			Authentication authenticated = this.passwords.authenticate(authentication);
			this.throttle.succeeded(username);
			return authenticated;
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
