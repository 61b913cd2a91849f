package org.stationops.patrol;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Planned against actual for one plan and day. A pass counts on time inside a window,
 * late within {@link #LATE_GRACE} after it, and not at all when it is padding: the same
 * checkpoint again within {@link #PADDING_GAP} of its last counted pass, or a checkpoint
 * reached from the previous one faster than {@link #MAX_SPEED_METRES_PER_SECOND} allows.
 * What a window expects and did not get is missed.
 */
public final class Compliance {

	/** A pass this long after its window still counts, as late. */
	public static final Duration LATE_GRACE = Duration.ofMinutes(30);

	/** The same checkpoint passed again sooner than this is padding. */
	public static final Duration PADDING_GAP = Duration.ofMinutes(10);

	/** 60 km/h: faster between two checkpoints is not a real pass. */
	public static final double MAX_SPEED_METRES_PER_SECOND = 60_000.0 / 3600;

	private static final double EARTH_RADIUS_METRES = 6_378_168;

	private Compliance() {
	}

	/**
	 * A pass at a checkpoint, with the checkpoint's position.
	 */
	public record Pass(Long checkpointId, java.time.Instant at, double latitude, double longitude) {

	}

	/**
	 * @param passes the day's passes of the plan's shifts, in any order.
	 */
	public static PlanDay of(PatrolPlan plan, LocalDate day, List<Pass> passes, ZoneId zone) {
		return of(plan, day, passes, zone, null);
	}

	/**
	 * The day so far: what was due by {@code until}. A window that has ended expects all
	 * its passes; a window still running expects only the passes already made in it (a
	 * pass can be made at any moment of its window, so none of it is due before it ends,
	 * and one already made counts at once); a window not yet started expects nothing.
	 * @param until the time of day the day is counted to, or {@literal null} for the
	 * whole day.
	 */
	public static PlanDay of(PatrolPlan plan, LocalDate day, List<Pass> passes, ZoneId zone,
			@Nullable LocalTime until) {
		List<Pass> sorted = new ArrayList<>(passes);
		sorted.sort(Comparator.comparing(Pass::at));
		List<Pass> real = new ArrayList<>();
		int padding = 0;
		Map<Long, Pass> lastAt = new HashMap<>();
		Pass previous = null;
		for (Pass pass : sorted) {
			Pass last = lastAt.get(pass.checkpointId());
			boolean tooSoon = last != null && Duration.between(last.at(), pass.at()).compareTo(PADDING_GAP) < 0;
			boolean tooFast = previous != null && !previous.checkpointId().equals(pass.checkpointId())
					&& tooFast(previous, pass);
			if (tooSoon || tooFast) {
				padding++;
				continue;
			}
			real.add(pass);
			lastAt.put(pass.checkpointId(), pass);
			previous = pass;
		}
		int expected = 0;
		int onTime = 0;
		int late = 0;
		if (plan.isActiveOn(day)) {
			for (PlanWindow window : plan.getWindows()) {
				if (until != null && until.isBefore(window.getStartsAt())) {
					continue;
				}
				boolean running = until != null && until.isBefore(window.getEndsAt());
				for (Long checkpointId : plan.pointIds()) {
					int inWindow = 0;
					int after = 0;
					for (Pass pass : real) {
						if (!pass.checkpointId().equals(checkpointId)
								|| !LocalDate.ofInstant(pass.at(), zone).equals(day)) {
							continue;
						}
						LocalTime time = LocalTime.ofInstant(pass.at(), zone);
						if (window.contains(time)) {
							inWindow++;
						}
						else if (!time.isBefore(window.getEndsAt())
								&& time.isBefore(window.getEndsAt().plus(LATE_GRACE))) {
							after++;
						}
					}
					int timely = Math.min(inWindow, window.getExpectedPasses());
					int want = running ? timely : window.getExpectedPasses();
					int tardy = Math.min(after, want - timely);
					expected += want;
					onTime += timely;
					late += tardy;
				}
			}
		}
		return new PlanDay(plan.getId(), plan.getName(), plan.getUnitId(), day, expected, onTime, late,
				expected - onTime - late, padding);
	}

	static boolean tooFast(Pass from, Pass to) {
		double metres = distanceMetres(from.latitude(), from.longitude(), to.latitude(), to.longitude());
		double seconds = Math.max(Duration.between(from.at(), to.at()).toMillis() / 1000.0, 0.001);
		return metres / seconds > MAX_SPEED_METRES_PER_SECOND;
	}

	/**
	 * @return the great-circle distance on the sphere earthdistance uses.
	 */
	static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double dp = p2 - p1;
		double dl = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dp / 2) * Math.sin(dp / 2)
				+ Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
