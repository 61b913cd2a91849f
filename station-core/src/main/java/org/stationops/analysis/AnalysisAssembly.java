package org.stationops.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Folds the grouped rows of the queries into the analysis's breakdowns. Pure: tested on
 * known rows without a database.
 */
final class AnalysisAssembly {

	static final Label NO_AREA = new Label("未划分区域", "No area");

	static final Label TOTAL = new Label("合计", "Total");

	static final Label PREVENTABLE = new Label("可防性案件", "Preventable incidents");

	private static final int HEAT_ROWS = 10;

	private static final int TOP_CELLS = 5;

	private AnalysisAssembly() {
	}

	static PeriodAnalysis assemble(ReportPeriod period, ReportPeriod.Windows windows, @Nullable Long stationId,
			@Nullable String scopeName, List<AnalysisQueries.CountRow> counts, List<AnalysisQueries.HourRow> hours,
			KpiFigures figures) {
		boolean bureau = stationId == null;
		Trend total = fold(counts, r -> "total", r -> TOTAL).stream()
			.findFirst()
			.orElse(new Trend("total", TOTAL, 0, 0, 0));
		List<Trend> preventable = fold(counts.stream().filter(AnalysisQueries.CountRow::preventable).toList(),
				r -> "preventable", r -> PREVENTABLE);
		Trend preventableTrend = preventable.isEmpty() ? new Trend("preventable", PREVENTABLE, 0, 0, 0)
				: preventable.get(0);
		return new PeriodAnalysis(period, windows, stationId, scopeName, total,
				fold(counts, AnalysisQueries.CountRow::categoryCode, AnalysisQueries.CountRow::category),
				fold(counts, AnalysisQueries.CountRow::subTypeCode, AnalysisQueries.CountRow::subType),
				fold(counts, r -> areaKey(r.stationId(), r.areaId()),
						r -> areaLabel(bureau, r.stationName(), r.areaName())),
				bureau ? fold(counts, r -> String.valueOf(r.stationId()), r -> Label.of(r.stationName())) : List.of(),
				hotspots(bureau, hours), new Kpis(figures, preventableTrend, total.current()));
	}

	static KpiFigures noFigures() {
		return new KpiFigures(0, 0, 0, 0, 0, null, null, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0);
	}

	static List<Trend> fold(List<AnalysisQueries.CountRow> rows, Function<AnalysisQueries.CountRow, String> key,
			Function<AnalysisQueries.CountRow, Label> label) {
		Map<String, Trend> lines = new LinkedHashMap<>();
		for (AnalysisQueries.CountRow r : rows) {
			lines.merge(key.apply(r), new Trend(key.apply(r), label.apply(r), r.current(), r.previous(), r.yearAgo()),
					(a, b) -> a.plus(b.current(), b.previous(), b.yearAgo()));
		}
		List<Trend> sorted = new ArrayList<>(lines.values());
		sorted.sort(Comparator.comparingLong(Trend::current)
			.reversed()
			.thenComparing(Comparator.comparingLong(Trend::previous).reversed())
			.thenComparing(Trend::key));
		return sorted;
	}

	static Hotspots hotspots(boolean bureau, List<AnalysisQueries.HourRow> hours) {
		long[] byHour = new long[24];
		Map<String, Hotspots.Row> rows = new LinkedHashMap<>();
		List<Hotspots.Cell> cells = new ArrayList<>();
		for (AnalysisQueries.HourRow h : hours) {
			byHour[h.hour()] += h.count();
			String key = areaKey(h.stationId(), h.areaId());
			Label area = areaLabel(bureau, h.stationName(), h.areaName());
			Hotspots.Row row = rows.computeIfAbsent(key, k -> new Hotspots.Row(k, area, new long[24], 0));
			row.hours()[h.hour()] += h.count();
			rows.put(key, new Hotspots.Row(key, area, row.hours(), row.total() + h.count()));
			cells.add(new Hotspots.Cell(area, h.hour(), h.count(), h.stationId(), h.areaId()));
		}
		List<Hotspots.Row> busiest = rows.values()
			.stream()
			.sorted(Comparator.comparingLong(Hotspots.Row::total).reversed().thenComparing(Hotspots.Row::key))
			.limit(HEAT_ROWS)
			.toList();
		List<Hotspots.Cell> top = cells.stream()
			.sorted(Comparator.comparingLong(Hotspots.Cell::count).reversed().thenComparingInt(Hotspots.Cell::hour))
			.limit(TOP_CELLS)
			.toList();
		long max = Math.max(1, cells.stream().mapToLong(Hotspots.Cell::count).max().orElse(1));
		return new Hotspots(byHour, busiest, top, max);
	}

	private static String areaKey(long stationId, @Nullable Long areaId) {
		return stationId + ":" + ((areaId != null) ? areaId : "-");
	}

	private static Label areaLabel(boolean bureau, String stationName, @Nullable String areaName) {
		Label area = (areaName != null) ? Label.of(areaName) : NO_AREA;
		if (!bureau) {
			return area;
		}
		return new Label(stationName + " · " + area.zh(), stationName + " · " + area.en());
	}

}
