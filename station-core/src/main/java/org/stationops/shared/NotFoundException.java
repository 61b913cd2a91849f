package org.stationops.shared;

/**
 * A record that does not exist, or that the current user's station scope does not reach.
 * Both are answered the same way (404), so guessing an id tells nothing.
 */
public abstract class NotFoundException extends RuntimeException {

	protected NotFoundException(String message) {
		super(message);
	}

}
