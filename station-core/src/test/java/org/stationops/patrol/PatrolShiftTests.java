package org.stationops.patrol;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatrolShiftTests {

	static final Instant START = Instant.parse("2026-11-02T11:00:00Z");

	static PatrolPlan plan() {
		PatrolPlan plan = new PatrolPlan(1L,
				new PlanDetails("岱山定线", PlanKind.ROUTE, 9L, null, null, EnumSet.allOf(DayOfWeek.class),
						List.of(new PlanWindow(LocalTime.of(19, 0), LocalTime.of(21, 0), 1)), List.of(1L, 2L),
						java.time.LocalDate.of(2020, 1, 1), null, java.util.List.of()));
		setId(plan, 5L);
		return plan;
	}

	static void setId(AbstractEntity entity, Long id) {
		try {
			Field field = AbstractEntity.class.getDeclaredField("id");
			field.setAccessible(true);
			field.set(entity, id);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void takesCheckInsAtThePlansCheckpointsAndFlagsFarOnes() {
		PatrolPlan plan = plan();
		PatrolShift shift = new PatrolShift(plan, "ds.officer", "周警官", START);
		shift.checkIn(plan, 1L, START.plusSeconds(300), 28.6, 115.9, 20);
		CheckIn far = shift.checkIn(plan, 2L, START.plusSeconds(900), 28.7, 115.9, 1500);
		assertThat(far.isFar()).isTrue();
		assertThat(shift.passesAt(1L)).isEqualTo(1);
		assertThat(shift.getCheckIns()).hasSize(2);
	}

	@Test
	void refusesACheckpointThatIsNotOnThePlan() {
		PatrolPlan plan = plan();
		PatrolShift shift = new PatrolShift(plan, "ds.officer", "", START);
		assertThatThrownBy(() -> shift.checkIn(plan, 3L, START, null, null, null)).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.getCode()).isEqualTo("patrol.checkIn.notOnPlan"));
	}

	@Test
	void refusesTheSameScanSentTwice() {
		PatrolPlan plan = plan();
		PatrolShift shift = new PatrolShift(plan, "ds.officer", "", START);
		shift.checkIn(plan, 1L, START.plusSeconds(60), null, null, null);
		assertThatThrownBy(() -> shift.checkIn(plan, 1L, START.plusSeconds(90), null, null, null))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.getCode()).isEqualTo("patrol.checkIn.duplicate"));
		shift.checkIn(plan, 1L, START.plus(Duration.ofMinutes(3)), null, null, null);
		assertThat(shift.passesAt(1L)).isEqualTo(2);
	}

	@Test
	void refusesCheckInsAndFindingsAfterTheShiftEnded() {
		PatrolPlan plan = plan();
		PatrolShift shift = new PatrolShift(plan, "ds.officer", "", START);
		shift.end(START.plus(Duration.ofHours(2)), 6, "平稳");
		assertThatThrownBy(() -> shift.checkIn(plan, 1L, START.plus(Duration.ofHours(3)), null, null, null))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.getCode()).isEqualTo("patrol.shift.ended"));
		assertThatThrownBy(() -> shift.addFinding("x", 1L, START)).isInstanceOf(RuleViolationException.class);
		assertThat(shift.volunteerHours()).isEqualByComparingTo(new BigDecimal("12.0"));
	}

	@Test
	void refusesEndingBeforeTheStart() {
		PatrolShift shift = new PatrolShift(plan(), "ds.officer", "", START);
		assertThatThrownBy(() -> shift.end(START.minusSeconds(1), 0, "")).isInstanceOf(RuleViolationException.class);
		assertThat(shift.isOpen()).isTrue();
	}

}
