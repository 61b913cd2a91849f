package org.stationops.patrol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where to patrol: incidents per area and hour of day set against patrol presence
 * (check-ins and video passes) in the same area and hour. Each area-and-hour with at
 * least one incident gets a gap: its share of the period's incidents minus its share of
 * the period's presence. The list is sorted by that gap, largest first, so the top rows
 * are where incidents happen most while patrols pass least. Ties go to more incidents,
 * then by area and hour.
 */
public final class PatrolPresence {

	private PatrolPresence() {
	}

	/**
	 * A count of incidents or of presence in one area and hour.
	 */
	public record Count(Long areaId, int hour, long count) {

	}

	/**
	 * One area and hour with its counts and shares (0–100, one decimal).
	 */
	public record Gap(Long areaId, int hour, long incidents, long presence, double incidentShare,
			double presenceShare) {

		/**
		 * @return incident share minus presence share, in percentage points.
		 */
		public double gap() {
			return Math.round((this.incidentShare - this.presenceShare) * 10) / 10.0;
		}

	}

	public static List<Gap> gaps(List<Count> incidents, List<Count> presence) {
		long totalIncidents = incidents.stream().mapToLong(Count::count).sum();
		long totalPresence = presence.stream().mapToLong(Count::count).sum();
		Map<String, Long> presenceAt = new HashMap<>();
		for (Count c : presence) {
			presenceAt.merge(c.areaId() + "@" + c.hour(), c.count(), Long::sum);
		}
		Map<String, Count> incidentAt = new HashMap<>();
		for (Count c : incidents) {
			incidentAt.merge(c.areaId() + "@" + c.hour(), c,
					(a, b) -> new Count(a.areaId(), a.hour(), a.count() + b.count()));
		}
		List<Gap> gaps = new ArrayList<>();
		for (Count c : incidentAt.values()) {
			if (c.count() == 0) {
				continue;
			}
			long here = presenceAt.getOrDefault(c.areaId() + "@" + c.hour(), 0L);
			gaps.add(new Gap(c.areaId(), c.hour(), c.count(), here, share(c.count(), totalIncidents),
					share(here, totalPresence)));
		}
		gaps.sort(Comparator.comparingDouble(Gap::gap)
			.reversed()
			.thenComparing(Comparator.comparingLong(Gap::incidents).reversed())
			.thenComparing(Gap::areaId)
			.thenComparingInt(Gap::hour));
		return gaps;
	}

	private static double share(long part, long whole) {
		return (whole == 0) ? 0 : Math.round(1000.0 * part / whole) / 10.0;
	}

}
