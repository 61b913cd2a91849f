package org.stationops.analysis.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.stationops.analysis.PeriodAnalysis;
import org.stationops.analysis.Trend;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chart data of an analysis as JSON for the canvases' {@code data-chart} attributes,
 * so the charts need no second request (and no second round of statements).
 */
@Component
class AnalysisCharts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	AnalysisCharts(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, String> of(PeriodAnalysis report) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> charts = new LinkedHashMap<>();
		charts.put("categories", comparison(report.byCategory(), locale));
		charts.put("areas", comparison(report.byArea().stream().limit(12).toList(), locale));
		List<String> hours = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			hours.add(String.format("%02d", h));
			counts.add(report.hotspots().byHour()[h]);
		}
		charts.put("hours", JSON.writeValueAsString(Map.of("labels", hours, "datasets",
				List.of(Map.of("label", msg("analysis.chart.incidents", locale), "data", counts)))));
		return charts;
	}

	private String comparison(List<Trend> lines, Locale locale) {
		List<String> labels = lines.stream().map(t -> t.label().name(locale)).toList();
		return JSON.writeValueAsString(Map.of("labels", labels, "datasets",
				List.of(Map.of("label", msg("analysis.chart.current", locale), "data",
						lines.stream().map(Trend::current).toList()),
						Map.of("label", msg("analysis.chart.previous", locale), "data",
								lines.stream().map(Trend::previous).toList()),
						Map.of("label", msg("analysis.chart.yearAgo", locale), "data",
								lines.stream().map(Trend::yearAgo).toList()))));
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
