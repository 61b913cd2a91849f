package org.stationops.patrol.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.stationops.patrol.PatrolAnalysisService;
import org.stationops.patrol.PatrolPresence;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.ReadOnlyPage;
import org.stationops.stations.Area;
import org.stationops.stations.StationService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The patrol analyses for a period (default: the last 30 days): response times per area
 * and hour against the arrival target, and where to patrol (incidents against patrol
 * presence per area and hour).
 */
@Controller
@RequestMapping("/patrol")
class PatrolAnalysisController {

	/** How many area-and-hour rows the where-to-patrol list shows. */
	static final int MOST_GAPS = 50;

	private final PatrolAnalysisService analysis;

	private final PatrolChoices choices;

	private final StationService stations;

	private final Clock clock;

	PatrolAnalysisController(PatrolAnalysisService analysis, PatrolChoices choices, StationService stations,
			Clock clock) {
		this.analysis = analysis;
		this.choices = choices;
		this.stations = stations;
		this.clock = clock;
	}

	@GetMapping("/response-times")
	@ReadOnlyPage
	String responseTimes(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @Nullable Long station,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Model model) {
		Period period = filter(me, station, from, to, model);
		model.addAttribute("target", this.analysis.arrivalTarget());
		if (refused(period, model)) {
			return "patrol/response-times";
		}
		model.addAttribute("report",
				this.analysis.responseTimes(me.scope(), period.station(), period.from(), period.to()));
		return "patrol/response-times";
	}

	@GetMapping("/where-to-patrol")
	@ReadOnlyPage
	String whereToPatrol(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @Nullable Long station,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Model model) {
		Period period = filter(me, station, from, to, model);
		if (refused(period, model)) {
			return "patrol/where-to-patrol";
		}
		List<PatrolPresence.Gap> gaps = this.analysis.whereToPatrol(me.scope(), period.station(), period.from(),
				period.to());
		model.addAttribute("gaps", gaps.subList(0, Math.min(gaps.size(), MOST_GAPS)));
		return "patrol/where-to-patrol";
	}

	private record Period(@Nullable Long station, LocalDate from, LocalDate to) {

	}

	private Period filter(OfficerPrincipal me, @Nullable Long station, @Nullable LocalDate from, @Nullable LocalDate to,
			Model model) {
		LocalDate end = (to != null) ? to : LocalDate.now(this.clock);
		LocalDate start = (from != null) ? from : end.minusDays(29);
		Long chosen = this.choices.stationOf(me, station);
		this.choices.addTo(model, me);
		Map<Long, String> areaNames = this.stations.visibleAreas(me.scope())
			.stream()
			.collect(Collectors.toMap(Area::getId, Area::getName));
		model.addAttribute("areaNames", areaNames);
		model.addAttribute("station", chosen);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		return new Period(chosen, start, end);
	}

	private static boolean refused(Period period, Model model) {
		String refusal = PatrolAnalysisService.periodRefusal(period.from(), period.to());
		if (refusal != null) {
			model.addAttribute("actionError", refusal);
		}
		return refusal != null;
	}

}
