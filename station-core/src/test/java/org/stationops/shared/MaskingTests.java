package org.stationops.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

	@Test
	void keepsOnlyTheEndsOfIdNumbersAndPhones() {
		assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110***********002X");
		assertThat(Masking.phone("13800138000")).isEqualTo("138****8000");
	}

	@Test
	void masksShortValuesCompletelyAndBlankAsEmpty() {
		assertThat(Masking.phone("12345")).isEqualTo("*****");
		assertThat(Masking.phone(null)).isEmpty();
	}

}
