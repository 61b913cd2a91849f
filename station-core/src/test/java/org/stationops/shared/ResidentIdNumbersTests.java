package org.stationops.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentIdNumbersTests {

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "11010519491231002x", "440524188001010014" })
	void acceptsStandardExamples(String id) {
		assertThat(ResidentIdNumbers.isValid(id)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "110105194912310021", "440524188001010015", "11010519491331002X", "1101051949123100",
			"11010519491231002Y", "A1010519491231002X", "11010520991231002X" })
	void rejectsWrongCheckDigitDateOrShape(String id) {
		assertThat(ResidentIdNumbers.isValid(id)).isFalse();
	}

	@org.junit.jupiter.api.Test
	void completesANumberWithItsCheckCharacter() {
		assertThat(ResidentIdNumbers.complete("11010519491231002")).isEqualTo("11010519491231002X");
		assertThat(ResidentIdNumbers.complete("44052418800101001")).isEqualTo("440524188001010014");
	}

}
