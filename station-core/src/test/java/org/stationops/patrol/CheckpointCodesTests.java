package org.stationops.patrol;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.stationops.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointCodesTests {

	static final Instant NOW = Instant.parse("2026-11-02T01:00:00Z");

	final CheckpointCodes codes = new CheckpointCodes("test-secret-of-the-station", Duration.ofDays(30));

	@Test
	void acceptsItsOwnCodeAtItsCheckpointAndTyped() {
		String code = this.codes.issue(7L, NOW);
		assertThat(this.codes.verify(code, 7L, NOW.plusSeconds(3600))).isEqualTo(7L);
		assertThat(this.codes.verify(" " + code + " ", null, NOW)).isEqualTo(7L);
	}

	@Test
	void refusesACodeWhoseCheckpointWasChanged() {
		String code = this.codes.issue(7L, NOW);
		String forged = "8" + code.substring(1);
		assertRefused(() -> this.codes.verify(forged, 8L, NOW), "patrol.code.forged");
	}

	@Test
	void refusesACodeWhoseExpiryWasExtended() {
		String[] parts = this.codes.issue(7L, NOW).split("\\.");
		String extended = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400 * 365) + "." + parts[2];
		assertRefused(() -> this.codes.verify(extended, 7L, NOW), "patrol.code.forged");
	}

	@Test
	void refusesACodeSignedWithAnotherSecret() {
		String foreign = new CheckpointCodes("another-station-secret", Duration.ofDays(30)).issue(7L, NOW);
		assertRefused(() -> this.codes.verify(foreign, 7L, NOW), "patrol.code.forged");
	}

	@Test
	void refusesAGenuineCodePresentedAtAnotherCheckpoint() {
		String code = this.codes.issue(7L, NOW);
		assertRefused(() -> this.codes.verify(code, 9L, NOW), "patrol.code.otherCheckpoint");
	}

	@Test
	void refusesAnExpiredCode() {
		String code = this.codes.issue(7L, NOW);
		assertThat(this.codes.verify(code, 7L, NOW.plus(Duration.ofDays(30)))).isEqualTo(7L);
		assertRefused(() -> this.codes.verify(code, 7L, NOW.plus(Duration.ofDays(30)).plusSeconds(1)),
				"patrol.code.expired");
	}

	@Test
	void refusesSomethingThatIsNotACode() {
		assertRefused(() -> this.codes.verify("7", 7L, NOW), "patrol.code.malformed");
		assertRefused(() -> this.codes.verify("https://example.org/?q=1", null, NOW), "patrol.code.malformed");
	}

	@Test
	void refusesAShortConfiguredSecret() {
		assertThatThrownBy(() -> new CheckpointCodes("short", Duration.ofDays(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
		assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo(code));
	}

}
