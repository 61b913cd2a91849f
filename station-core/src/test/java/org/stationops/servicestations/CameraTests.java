package org.stationops.servicestations;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.stationops.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CameraTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	static Camera camera() {
		return new Camera(1L,
				new CameraDetails("DS-TW-001", "北门", CameraKind.DOME, CameraOwner.POLICE, 5L, null, 28.6, 115.9));
	}

	@Test
	void faultyCameraCountsWholeDaysOutOfServiceUntilRepaired() {
		Camera camera = camera();
		assertThat(camera.isWorking()).isTrue();
		camera.reportFault(TODAY.minusDays(12), "镜头进水", TODAY);
		assertThat(camera.isWorking()).isFalse();
		assertThat(camera.daysOutOfService(TODAY)).isEqualTo(12);
		camera.repair(TODAY.minusDays(1), TODAY);
		assertThat(camera.isWorking()).isTrue();
		assertThat(camera.daysOutOfService(TODAY)).isZero();
		assertThat(camera.getLastRepairedOn()).isEqualTo(TODAY.minusDays(1));
		assertThat(camera.getFaultySince()).isNull();
		assertThat(camera.getFaultNote()).isEmpty();
	}

	@Test
	void refusesASecondFaultAndKeepsTheFirstDay() {
		Camera camera = camera();
		camera.reportFault(TODAY.minusDays(3), "供电故障", TODAY);
		assertThatThrownBy(() -> camera.reportFault(TODAY, "again", TODAY)).isInstanceOfSatisfying(
				RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("servicestations.camera.alreadyFaulty"));
		assertThat(camera.getFaultySince()).isEqualTo(TODAY.minusDays(3));
	}

	@Test
	void refusesAFaultInTheFutureOrWithoutDescription() {
		Camera camera = camera();
		assertThatThrownBy(() -> camera.reportFault(TODAY.plusDays(1), "x", TODAY)).isInstanceOfSatisfying(
				RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("servicestations.camera.faultInFuture"));
		assertThatThrownBy(() -> camera.reportFault(TODAY, " ", TODAY)).isInstanceOfSatisfying(
				RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("servicestations.camera.faultNoteRequired"));
		assertThat(camera.isWorking()).isTrue();
	}

	@Test
	void refusesRepairingAWorkingCameraOrBeforeTheFaultBegan() {
		Camera camera = camera();
		assertThatThrownBy(() -> camera.repair(TODAY, TODAY)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("servicestations.camera.notFaulty"));
		camera.reportFault(TODAY.minusDays(2), "断线", TODAY);
		assertThatThrownBy(() -> camera.repair(TODAY.minusDays(3), TODAY)).isInstanceOfSatisfying(
				RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("servicestations.camera.repairBeforeFault"));
		assertThatThrownBy(() -> camera.repair(TODAY.plusDays(1), TODAY)).isInstanceOfSatisfying(
				RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo("servicestations.camera.repairInFuture"));
		assertThat(camera.isWorking()).isFalse();
	}

}
