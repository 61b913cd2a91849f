package org.stationops.incidents;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReceiptNumbersTests {

	@Test
	void formatsStationDayAndFourDigitSequence() {
		assertThat(ReceiptNumbers.format("ML", LocalDate.of(2026, 11, 25), 7)).isEqualTo("ML-20261125-0007");
		assertThat(ReceiptNumbers.format("DS", LocalDate.of(2026, 1, 2), 123)).isEqualTo("DS-20260102-0123");
	}

	@Test
	void keepsGrowingPastNineThousandNineHundredNinetyNine() {
		assertThat(ReceiptNumbers.format("ML", LocalDate.of(2026, 11, 25), 10_000)).isEqualTo("ML-20261125-10000");
	}

	@Test
	void refusesASequenceBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReceiptNumbers.format("ML", LocalDate.now(), 0));
	}

	@Test
	void makesSixCharacterQueryCodesWithoutLookAlikes() {
		Random random = new Random(1);
		for (int i = 0; i < 1000; i++) {
			String code = ReceiptNumbers.newQueryCode(random);
			assertThat(code).hasSize(6).doesNotContain("0", "O", "1", "I", "L");
		}
		assertThat(ReceiptNumbers.newQueryCode()).matches("[2-9A-Z]{6}");
	}

	@Test
	void normalizesWhatAVisitorTypes() {
		assertThat(ReceiptNumbers.normalize("  ml-20261125-0007 ")).isEqualTo("ML-20261125-0007");
	}

}
