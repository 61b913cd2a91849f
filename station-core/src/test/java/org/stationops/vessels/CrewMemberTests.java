package org.stationops.vessels;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrewMemberTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	static CrewMember deckhand() {
		return new CrewMember(1L, new CrewDetails("王海", "11010519491231002x", "13705801234", CrewRole.DECKHAND,
				"2026-01 至 2027-01", "岱山远洋"));
	}

	@Test
	void normalisesAValidIdNumberAndRefusesAnInvalidOne() {
		assertThat(deckhand().getIdNumber()).isEqualTo("11010519491231002X");
		assertThat(deckhand().getMaskedIdNumber()).isEqualTo("110***********002X");
		assertThatThrownBy(
				() -> new CrewMember(1L, new CrewDetails("王海", "110105194912310021", "", CrewRole.DECKHAND, "", "")))
			.hasMessageContaining("vessels.crew.idNumber.invalid");
	}

	@Test
	void isOnOneVesselAtATime() {
		CrewMember crew = deckhand();
		crew.join(10L, TODAY.minusDays(60), TODAY);
		assertThatThrownBy(() -> crew.join(11L, TODAY.minusDays(10), TODAY))
			.hasMessageContaining("vessels.crew.onAnotherVessel");
		assertThatThrownBy(() -> crew.join(10L, TODAY.minusDays(10), TODAY))
			.hasMessageContaining("vessels.crew.alreadyAboard");
		crew.leave(10L, TODAY.minusDays(5), TODAY);
		crew.join(11L, TODAY.minusDays(2), TODAY);
		assertThat(crew.current()).map(CrewAssignment::getVesselId).contains(11L);
		assertThat(crew.getAssignments()).hasSize(2);
	}

	@Test
	void refusesJoiningBeforeLeavingTheLastVessel() {
		CrewMember crew = deckhand();
		crew.join(10L, TODAY.minusDays(60), TODAY);
		crew.leave(10L, TODAY.minusDays(5), TODAY);
		assertThatThrownBy(() -> crew.join(11L, TODAY.minusDays(6), TODAY))
			.hasMessageContaining("vessels.crew.joinBeforeLastLeft");
	}

	@Test
	void refusesLeavingAVesselTheyAreNotOnOrBeforeJoining() {
		CrewMember crew = deckhand();
		assertThatThrownBy(() -> crew.leave(10L, TODAY, TODAY)).hasMessageContaining("vessels.crew.notAboard");
		crew.join(10L, TODAY.minusDays(3), TODAY);
		assertThatThrownBy(() -> crew.leave(11L, TODAY, TODAY)).hasMessageContaining("vessels.crew.notAboard");
		assertThatThrownBy(() -> crew.leave(10L, TODAY.minusDays(4), TODAY))
			.hasMessageContaining("vessels.crew.leftBeforeJoined");
	}

}
