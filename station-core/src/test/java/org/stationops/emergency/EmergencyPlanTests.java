package org.stationops.emergency;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmergencyPlanTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	static EmergencyPlan typhoonPlan() {
		return new EmergencyPlan(1L, new PlanDetails("防台风", Scenario.TYPHOON, "橙色预警", "", "", ""));
	}

	@Test
	void refusesActivationWithNobodyToCallOrWithoutReason() {
		EmergencyPlan plan = typhoonPlan();
		assertThatThrownBy(() -> plan.activate("台风", "周涛", Instant.EPOCH))
			.hasMessageContaining("emergency.activate.nobodyToCall");
		plan.addMobiliser(MobiliserKind.OFFICER, "全体民警", "值班长", "13705800001", "集结");
		assertThatThrownBy(() -> plan.activate(" ".trim(), "周涛", Instant.EPOCH))
			.hasMessageContaining("emergency.activate.reasonRequired");
		plan.activate("台风橙色预警", "周涛", Instant.EPOCH);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.ACTIVE);
		assertThatThrownBy(() -> plan.activate("again", "周涛", Instant.EPOCH))
			.hasMessageContaining("emergency.activate.alreadyActive");
		plan.standDown();
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.READY);
	}

	@Test
	void movesAnEntryEarlierInTheCallingOrder() {
		EmergencyPlan plan = typhoonPlan();
		plan.addMobiliser(MobiliserKind.OFFICER, "民警", "", "13705800001", "");
		plan.addMobiliser(MobiliserKind.VESSEL, "浙岱渔 01234", "", "13705800004", "");
		plan.moveUp(1);
		assertThat(plan.getMobilisation()).extracting(Mobiliser::getName).containsExactly("浙岱渔 01234", "民警");
		assertThatThrownBy(() -> plan.moveUp(0)).hasMessageContaining("emergency.mobiliser.cannotMove");
	}

	@Test
	void flagsAPlanNotDrilledForAYear() {
		EmergencyPlan plan = typhoonPlan();
		assertThat(plan.isDrillOverdue(TODAY)).isTrue();
		plan.recordDrill(TODAY.minusMonths(13), 20, 30, "", "", TODAY);
		assertThat(plan.isDrillOverdue(TODAY)).isTrue();
		plan.recordDrill(TODAY.minusMonths(2), 20, 30, "", "", TODAY);
		assertThat(plan.isDrillOverdue(TODAY)).isFalse();
		assertThat(plan.getLastDrilledOn()).isEqualTo(TODAY.minusMonths(2));
	}

	@Test
	void refusesADrillInTheFuture() {
		assertThatThrownBy(() -> typhoonPlan().recordDrill(TODAY.plusDays(1), 20, 30, "", "", TODAY))
			.hasMessageContaining("emergency.drill.future");
	}

}
