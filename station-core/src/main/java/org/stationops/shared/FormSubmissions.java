package org.stationops.shared;

import java.util.Optional;
import java.util.UUID;

/**
 * Submission keys of rendered forms, each taken once, so a form sent twice (a double
 * click, a resend after a timeout, the browser's back button) is carried out once and the
 * second sending is shown where the first one went.
 */
public interface FormSubmissions {

	/**
	 * @return whether the key was free and is now taken by this user
	 */
	boolean take(UUID key, String username);

	/**
	 * Records where the taken key's submission went (its redirect).
	 */
	void complete(UUID key, String location);

	/**
	 * Frees a key whose submission was not carried out (the form came back with errors),
	 * so the same rendered form can be sent again.
	 */
	void release(UUID key);

	/**
	 * @return where the submission under this key went, once it has completed
	 */
	Optional<String> outcome(UUID key, String username);

	/**
	 * Forgets keys older than a day.
	 * @return how many were forgotten
	 */
	int forgetOld();

}
