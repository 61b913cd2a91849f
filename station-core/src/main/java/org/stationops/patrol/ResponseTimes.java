package org.stationops.patrol;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Response times (接警至到场: from the incident's receipt to the first arrival on scene) per
 * area and hour of day: how many, the median and the 90th percentile, and the share that
 * arrived within the target. Percentiles interpolate linearly between the two nearest
 * ranks, as PostgreSQL's {@code percentile_cont} and a spreadsheet's
 * {@code PERCENTILE.INC} do; "within" counts an arrival exactly at the target.
 */
public final class ResponseTimes {

	private ResponseTimes() {
	}

	/**
	 * One arrival: the incident's area ({@literal null} when it has none), the hour of
	 * day it was received (0–23, station time) and the seconds from receipt to arrival.
	 */
	public record Sample(@Nullable Long areaId, int hour, long seconds) {

	}

	/**
	 * The figures of one group of arrivals.
	 */
	public record Figures(int count, Duration median, Duration p90, int within) {

		/**
		 * @return the share within the target, 0–100, rounded down to whole percent.
		 */
		public int withinPercent() {
			return (this.count == 0) ? 0 : (int) (100L * this.within / this.count);
		}

	}

	/**
	 * The figures of one area and hour; {@code areaId} is {@literal null} for incidents
	 * without an area, {@code hour} is {@literal null} for the area's total.
	 */
	public record Cell(@Nullable Long areaId, @Nullable Integer hour, Figures figures) {

	}

	/**
	 * @param cells per area and hour (only where there were arrivals), by area then hour
	 * @param areas per area over all hours
	 * @param hours per hour of day over all areas
	 * @param total over everything
	 */
	public record Report(Duration target, List<Cell> cells, List<Cell> areas, List<Cell> hours, Figures total) {

	}

	public static Report of(List<Sample> samples, Duration target) {
		Comparator<@Nullable Long> areaOrder = Comparator.nullsLast(Comparator.naturalOrder());
		Map<@Nullable Long, List<Sample>> byArea = new TreeMap<>(areaOrder);
		for (Sample s : samples) {
			byArea.computeIfAbsent(s.areaId(), a -> new ArrayList<>()).add(s);
		}
		List<Cell> cells = new ArrayList<>();
		List<Cell> areas = new ArrayList<>();
		byArea.forEach((area, list) -> {
			areas.add(new Cell(area, null, figures(list, target)));
			new TreeMap<>(list.stream().collect(Collectors.groupingBy(Sample::hour)))
				.forEach((hour, inHour) -> cells.add(new Cell(area, hour, figures(inHour, target))));
		});
		List<Cell> hours = new TreeMap<>(samples.stream().collect(Collectors.groupingBy(Sample::hour))).entrySet()
			.stream()
			.map(e -> new Cell(null, e.getKey(), figures(e.getValue(), target)))
			.toList();
		return new Report(target, cells, areas, hours, figures(samples, target));
	}

	static Figures figures(List<Sample> samples, Duration target) {
		long[] sorted = samples.stream().mapToLong(Sample::seconds).sorted().toArray();
		int within = (int) samples.stream().filter(s -> s.seconds() <= target.toSeconds()).count();
		return new Figures(sorted.length, percentile(sorted, 0.5), percentile(sorted, 0.9), within);
	}

	/**
	 * @param sorted ascending seconds
	 * @param p between 0 and 1
	 * @return the percentile, linearly interpolated, rounded to whole seconds; zero when
	 * there is nothing
	 */
	static Duration percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Duration.ZERO;
		}
		double rank = p * (sorted.length - 1);
		int below = (int) Math.floor(rank);
		int above = Math.min(below + 1, sorted.length - 1);
		double value = sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
		return Duration.ofSeconds(Math.round(value));
	}

}
