package org.stationops.patrol;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an officer enters for a patrol plan.
 *
 * @param checkpointIds the checkpoints, in route order for a {@link PlanKind#ROUTE}.
 * @param validFrom the first day the plan is in force
 * @param validTo the last day, or {@literal null} while it stays in force
 * @param cameraIds the cameras a {@link PlanKind#VIDEO} plan looks through, in order
 */
public record PlanDetails(String name, PlanKind kind, Long unitId, @Nullable Long areaId,
		@Nullable Long serviceStationId, Set<DayOfWeek> days, List<PlanWindow> windows, List<Long> checkpointIds,
		LocalDate validFrom, @Nullable LocalDate validTo, List<Long> cameraIds) {

}
