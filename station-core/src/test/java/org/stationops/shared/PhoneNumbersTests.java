package org.stationops.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTests {

	@ParameterizedTest
	@ValueSource(strings = { "13800138000", "19912345678", "021-64001234", "0755-12345678", "01012345678" })
	void acceptsMobilesAndLandlinesWithAreaCode(String phone) {
		assertThat(PhoneNumbers.isValid(phone)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12800138000", "1380013800", "138001380001", "64001234", "abc", "" })
	void rejectsOtherNumbers(String phone) {
		assertThat(PhoneNumbers.isValid(phone)).isFalse();
	}

}
