package org.stationops.vessels;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VesselTaskTests {

	static VesselTask openTask() {
		Vessel vessel = VesselTests.vesselInPort();
		withId(vessel, 5L);
		CrewMember crew = CrewMemberTests.deckhand();
		withId(crew, 6L);
		WantedPerson wanted = new WantedPerson(1L, crew.getIdNumber(), "王海", "网上追逃", "", Instant.EPOCH, "周涛");
		withId(wanted, 7L);
		return new VesselTask(vessel, crew, wanted, Instant.EPOCH);
	}

	static void withId(org.stationops.shared.AbstractEntity entity, Long id) {
		try {
			java.lang.reflect.Field field = org.stationops.shared.AbstractEntity.class.getDeclaredField("id");
			field.setAccessible(true);
			field.set(entity, id);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void closesOnlyOnceAndOnlyWithAnOutcome() {
		VesselTask task = openTask();
		assertThat(task.getReason()).isEqualTo("网上追逃");
		assertThatThrownBy(() -> task.complete("", "周涛", Instant.EPOCH))
			.hasMessageContaining("vessels.task.outcomeRequired");
		task.complete("已移交刑侦大队", "周涛", Instant.EPOCH);
		assertThat(task.getState()).isEqualTo(TaskState.DONE);
		assertThatThrownBy(() -> task.complete("again", "周涛", Instant.EPOCH))
			.hasMessageContaining("vessels.task.alreadyDone");
	}

}
