package org.stationops.vessels;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VesselTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	static Vessel vesselInPort() {
		return new Vessel(1L, new VesselDetails("浙岱渔 01234", "ZDY01234", VesselKind.FISHING, "东沙渔港", 7L, null),
				VesselStatus.IN_PORT, TODAY.minusDays(30));
	}

	@Test
	void sailsGoesAbroadAndReturnsKeepingTheHistory() {
		Vessel vessel = vesselInPort();
		vessel.sail(TODAY.minusDays(20), "出海捕捞", "周涛", TODAY);
		vessel.goAbroad(TODAY.minusDays(10), "", "周涛", TODAY);
		vessel.returnToPort(TODAY, "回港避风", "周涛", TODAY);
		assertThat(vessel.getStatus()).isEqualTo(VesselStatus.IN_PORT);
		assertThat(vessel.getStatusSince()).isEqualTo(TODAY);
		assertThat(vessel.getHistory()).extracting(StatusChange::getTo)
			.containsExactly(VesselStatus.AT_SEA, VesselStatus.ABROAD, VesselStatus.IN_PORT);
		assertThat(vessel.getHistory().get(2).getFrom()).isEqualTo(VesselStatus.ABROAD);
	}

	@Test
	void refusesReturningAVesselAlreadyInPort() {
		assertThatThrownBy(() -> vesselInPort().returnToPort(TODAY, "", "周涛", TODAY))
			.hasMessageContaining("vessels.status.notAllowed");
	}

	@Test
	void refusesSailingStraightFromAbroad() {
		Vessel vessel = vesselInPort();
		vessel.goAbroad(TODAY.minusDays(5), "", "周涛", TODAY);
		assertThatThrownBy(() -> vessel.sail(TODAY, "", "周涛", TODAY)).hasMessageContaining("vessels.status.notAllowed");
	}

	@Test
	void refusesAStatusChangeDatedInTheFutureOrBeforeTheLastOne() {
		Vessel vessel = vesselInPort();
		assertThatThrownBy(() -> vessel.sail(TODAY.plusDays(1), "", "周涛", TODAY))
			.hasMessageContaining("vessels.date.future");
		assertThatThrownBy(() -> vessel.sail(TODAY.minusDays(31), "", "周涛", TODAY))
			.hasMessageContaining("vessels.status.beforeLast");
		assertThat(vessel.getHistory()).isEmpty();
	}

	@Test
	void refusesAJointCheckWhileTheVesselIsAtSeaOrWithoutBorderInspection() {
		Vessel vessel = vesselInPort();
		vessel.sail(TODAY.minusDays(3), "", "周涛", TODAY);
		assertThatThrownBy(() -> vessel.recordJointCheck(TODAY, "边检站", "船东", "码头", "", "周涛", TODAY))
			.hasMessageContaining("vessels.jointCheck.notInPort");
		vessel.returnToPort(TODAY.minusDays(1), "", "周涛", TODAY);
		assertThatThrownBy(() -> vessel.recordJointCheck(TODAY, " ".trim(), "船东", "码头", "", "周涛", TODAY))
			.hasMessageContaining("vessels.jointCheck.borderRequired");
		assertThatThrownBy(() -> vessel.recordJointCheck(TODAY.minusDays(2), "边检站", "船东", "码头", "", "周涛", TODAY))
			.hasMessageContaining("vessels.jointCheck.beforeReturn");
		vessel.recordJointCheck(TODAY, "岱山边检站 李明", "船东 张德明", "东沙码头 徐建国", "无异常", "周涛", TODAY);
		assertThat(vessel.getJointChecks()).hasSize(1);
	}

	@Test
	void refusesEducationWithoutHeadcountOrTopic() {
		Vessel vessel = vesselInPort();
		assertThatThrownBy(() -> vessel.recordOutreach(OutreachKind.EDUCATION_ON_SITE, TODAY, 0, "禁毒", "", TODAY))
			.hasMessageContaining("vessels.outreach.headcount.positive");
		assertThatThrownBy(() -> vessel.recordOutreach(OutreachKind.EDUCATION_ONLINE, TODAY, 8, "", "", TODAY))
			.hasMessageContaining("vessels.outreach.topicRequired");
		vessel.recordOutreach(OutreachKind.EDUCATION_ONLINE, TODAY, 8, "涉外法律常识", "", TODAY);
		assertThat(vessel.getOutreach()).extracting(Outreach::getHeadcount).containsExactly(8);
	}

}
