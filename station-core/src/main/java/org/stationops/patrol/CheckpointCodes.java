package org.stationops.patrol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.stationops.shared.RuleViolationException;

/**
 * The signed code on a checkpoint's sheet: {@code <checkpoint id>.<expiry, epoch
 * seconds>.<HMAC-SHA256>}, signed with the server's secret. Without the secret a code
 * cannot be made, altered to name another checkpoint, or extended; a code is only good at
 * the checkpoint it names and until it expires.
 */
public class CheckpointCodes {

	private static final Log logger = LogFactory.getLog(CheckpointCodes.class);

	private static final Pattern FORMAT = Pattern.compile("(\\d{1,18})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{22,43})");

	private final byte[] secret;

	private final Duration validity;

	/**
	 * @param secret the server's secret; blank for a random one that lasts until the
	 * process stops (demo only: printed codes then stop working at the next start).
	 * @param validity how long a printed code works.
	 */
	public CheckpointCodes(String secret, Duration validity) {
		if (secret.isBlank()) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			this.secret = random;
			logger.warn("stationops.patrol.code-secret is not set: checkpoint codes are signed with a random secret "
					+ "and stop working when the application restarts");
		}
		else {
			if (secret.length() < 16) {
				throw new IllegalArgumentException("stationops.patrol.code-secret must have at least 16 characters");
			}
			this.secret = secret.getBytes(StandardCharsets.UTF_8);
		}
		this.validity = validity;
	}

	/**
	 * @return a code for the checkpoint that works until {@code now + validity}.
	 */
	public String issue(Long checkpointId, Instant now) {
		long expires = now.plus(this.validity).getEpochSecond();
		return checkpointId + "." + expires + "." + sign(checkpointId, expires);
	}

	/**
	 * @return the expiry of a code (that {@link #verify} accepts).
	 */
	public Instant expiryOf(String code) {
		Matcher m = FORMAT.matcher(code.trim());
		if (!m.matches()) {
			throw new RuleViolationException("patrol.code.malformed");
		}
		return Instant.ofEpochSecond(Long.parseLong(m.group(2)));
	}

	/**
	 * Checks a code presented at a checkpoint.
	 * @param checkpointId the checkpoint the code was presented at, or {@literal null}
	 * when the code alone names it (typed in).
	 * @return the checkpoint the code names.
	 * @throws RuleViolationException {@code patrol.code.malformed}, {@code .forged},
	 * {@code .otherCheckpoint} or {@code .expired}.
	 */
	public Long verify(String code, @org.jspecify.annotations.Nullable Long checkpointId, Instant now) {
		Matcher m = FORMAT.matcher(code.trim());
		if (!m.matches()) {
			throw new RuleViolationException("patrol.code.malformed");
		}
		long id = Long.parseLong(m.group(1));
		long expires = Long.parseLong(m.group(2));
		byte[] expected = sign(id, expires).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, m.group(3).getBytes(StandardCharsets.US_ASCII))) {
			throw new RuleViolationException("patrol.code.forged");
		}
		if (checkpointId != null && checkpointId != id) {
			throw new RuleViolationException("patrol.code.otherCheckpoint");
		}
		if (now.getEpochSecond() > expires) {
			throw new RuleViolationException("patrol.code.expired");
		}
		return id;
	}

	private String sign(long checkpointId, long expires) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			byte[] digest = mac
				.doFinal(("patrol-checkpoint:" + checkpointId + ":" + expires).getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
