package org.stationops.cases;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LossAmountsTests {

	@Test
	void readsTheAmountALossWordPrecedes() {
		assertThat(LossAmounts.in("电动车被盗，车辆为白色，价值约3,200元，有监控")).contains(new BigDecimal("3200.00"));
		assertThat(LossAmounts.in("报警人于18:00报警，称被骗1.5万元")).contains(new BigDecimal("15000.00"));
		assertThat(LossAmounts.in("手机被盗，另有押金50元未退；手机价值4999元")).contains(new BigDecimal("4999.00"));
	}

	@Test
	void readsChineseNumerals() {
		assertThat(LossAmounts.in("车辆为白色，价值约三千元。")).contains(new BigDecimal("3000.00"));
		assertThat(LossAmounts.in("收银台现金被盗约两千五百元")).contains(new BigDecimal("2500.00"));
	}

	@Test
	void findsNothingWithoutAnAmount() {
		assertThat(LossAmounts.in("夜间撬锁入室，盗走现金及金饰。")).isEmpty();
	}

}
