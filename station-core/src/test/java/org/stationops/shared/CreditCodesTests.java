package org.stationops.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodesTests {

	@ParameterizedTest
	@ValueSource(strings = { "914403001922038216", "9144030071526726XG", "91110000710926094P", "91310000631696382C",
			"91440300708461136T" })
	void acceptsRealCodes(String code) {
		assertThat(CreditCodes.isValid(code)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "914403001922038216", "9144030071526726XG" })
	void rejectsEveryOneCharacterChange(String code) {
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		for (int i = 0; i < code.length(); i++) {
			for (char c : alphabet.toCharArray()) {
				if (c != code.charAt(i)) {
					String changed = code.substring(0, i) + c + code.substring(i + 1);
					assertThat(CreditCodes.isValid(changed)).as(changed).isFalse();
				}
			}
		}
	}

	@Test
	void tellsLegacyCodesWithBadCheckFromMalformedOnes() {
		assertThat(CreditCodes.isWellFormed("91350100M0001TGQXM")).isTrue();
		assertThat(CreditCodes.isValid("91350100M0001TGQXM")).isFalse();
		assertThat(CreditCodes.isWellFormed("91350100M0001TGQXI")).isFalse();
		assertThat(CreditCodes.isWellFormed("9135")).isFalse();
	}

	@Test
	void completesACodeWithItsCheckCharacter() {
		assertThat(CreditCodes.complete("91440300715267260")).isEqualTo("91440300715267260N");
		assertThat(CreditCodes.complete("9144030071526726X")).isEqualTo("9144030071526726XG");
		assertThat(CreditCodes.isValid(CreditCodes.complete("91310112MA2TW0001"))).isTrue();
	}

}
