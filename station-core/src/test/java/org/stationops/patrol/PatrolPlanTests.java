package org.stationops.patrol;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stationops.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatrolPlanTests {

	static PlanWindow window(String from, String to, int passes) {
		return new PlanWindow(LocalTime.parse(from), LocalTime.parse(to), passes);
	}

	static PlanDetails route(List<Long> checkpoints, List<PlanWindow> windows) {
		return new PlanDetails("岱山定线", PlanKind.ROUTE, 1L, null, null,
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), windows, checkpoints,
				java.time.LocalDate.of(2020, 1, 1), null, java.util.List.of());
	}

	@Test
	void refusesAVideoPlanWithoutCamerasAndKeepsNoCheckpointsOnOne() {
		PlanDetails ok = route(List.of(1L, 2L), List.of(window("08:00", "10:00", 1)));
		assertRefused(new PlanDetails("视频", PlanKind.VIDEO, 1L, null, null, ok.days(), ok.windows(), List.of(),
				ok.validFrom(), null, List.of()), "patrol.plan.camerasRequired");
		PatrolPlan video = new PatrolPlan(1L, new PlanDetails("视频", PlanKind.VIDEO, 1L, null, null, ok.days(),
				ok.windows(), List.of(1L), ok.validFrom(), null, List.of(7L, 8L)));
		assertThat(video.pointIds()).containsExactly(7L, 8L);
		assertThat(video.getCheckpointIds()).isEmpty();
		assertThat(video.expectedPassesOn(java.time.LocalDate.of(2026, 11, 30))).isEqualTo(2);
	}

	@Test
	void refusesAnEndDateBeforeTheStartDate() {
		PlanDetails ok = route(List.of(1L, 2L), List.of(window("08:00", "10:00", 1)));
		assertRefused(new PlanDetails(ok.name(), ok.kind(), ok.unitId(), null, null, ok.days(), ok.windows(),
				ok.checkpointIds(), java.time.LocalDate.of(2026, 12, 2), java.time.LocalDate.of(2026, 12, 1),
				java.util.List.of()), "patrol.plan.validToBeforeFrom");
	}

	@Test
	void expectsPassesPerWindowAndCheckpointOnItsDaysOnly() {
		PatrolPlan plan = new PatrolPlan(1L,
				route(List.of(1L, 2L, 3L), List.of(window("19:00", "21:00", 2), window("08:00", "09:00", 1))));
		assertThat(plan.expectedPassesOn(LocalDate.parse("2026-11-02"))).isEqualTo(9);
		assertThat(plan.expectedPassesOn(LocalDate.parse("2026-11-01"))).isZero();
		assertThat(plan.getWindows()).extracting(PlanWindow::getStartsAt)
			.containsExactly(LocalTime.of(8, 0), LocalTime.of(19, 0));
	}

	@Test
	void refusesARouteOfOneCheckpoint() {
		assertRefused(route(List.of(1L), List.of(window("08:00", "09:00", 1))), "patrol.plan.routeNeedsTwo");
	}

	@Test
	void refusesOverlappingWindows() {
		assertRefused(route(List.of(1L, 2L), List.of(window("08:00", "10:00", 1), window("09:30", "11:00", 1))),
				"patrol.plan.windowsOverlap");
	}

	@Test
	void refusesAWindowThatEndsBeforeItStarts() {
		assertRefused(route(List.of(1L, 2L), List.of(window("10:00", "08:00", 1))),
				"patrol.plan.windowEndsBeforeStart");
	}

	@Test
	void refusesAFixedPointWithTwoCheckpointsAndAStationPlanWithoutItsStation() {
		List<PlanWindow> w = List.of(window("00:00", "23:59", 4));
		assertRefused(new PlanDetails("点", PlanKind.POINT, 1L, null, null, Set.of(DayOfWeek.MONDAY), w, List.of(1L, 2L),
				java.time.LocalDate.of(2020, 1, 1), null, java.util.List.of()), "patrol.plan.pointNeedsOne");
		assertRefused(
				new PlanDetails("站", PlanKind.STATION, 1L, null, null, Set.of(DayOfWeek.MONDAY), w, List.of(1L),
						java.time.LocalDate.of(2020, 1, 1), null, java.util.List.of()),
				"patrol.plan.serviceStationRequired");
	}

	private static void assertRefused(PlanDetails details, String code) {
		assertThatThrownBy(() -> new PatrolPlan(1L, details)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.getCode()).isEqualTo(code));
	}

}
