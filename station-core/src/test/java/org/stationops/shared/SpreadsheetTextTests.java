package org.stationops.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetTextTests {

	@Test
	void prefixesEveryValueASpreadsheetWouldReadAsAFormula() {
		for (String risky : new String[] { "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1" }) {
			assertThat(SpreadsheetText.neutralise(risky)).as(risky).isEqualTo("'" + risky);
		}
	}

	@Test
	void leavesPlainTextAndNumbersAlone() {
		assertThat(SpreadsheetText.neutralise("示例科技有限公司")).isEqualTo("示例科技有限公司");
		assertThat(SpreadsheetText.neutralise("-3")).isEqualTo("-3");
		assertThat(SpreadsheetText.neutralise(null)).isEmpty();
		assertThat(SpreadsheetText.cells(3, "=1", null)).containsExactly(3, "'=1", "");
	}

}
