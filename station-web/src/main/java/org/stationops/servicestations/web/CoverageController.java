package org.stationops.servicestations.web;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.CoverageReport;
import org.stationops.servicestations.CoverageService;
import org.stationops.servicestations.GeoPoint;
import org.stationops.servicestations.WalkingCircle;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Walking-distance coverage (步行安全服务圈) at a chosen time, with a "what if" point and a plot
 * of stations, circles and compounds.
 */
@Controller
class CoverageController {

	private final CoverageService coverage;

	private final ServiceStationChoices choices;

	private final Clock clock;

	private final int defaultMinutes;

	private final int defaultSpeed;

	private final int cameraRadius;

	CoverageController(CoverageService coverage, ServiceStationChoices choices, Clock clock,
			@Value("${stationops.coverage.walking-minutes:8}") int defaultMinutes,
			@Value("${stationops.coverage.walking-speed:80}") int defaultSpeed,
			@Value("${stationops.coverage.camera-radius:100}") int cameraRadius) {
		this.cameraRadius = cameraRadius;
		this.coverage = coverage;
		this.choices = choices;
		this.clock = clock;
		this.defaultMinutes = defaultMinutes;
		this.defaultSpeed = defaultSpeed;
	}

	@GetMapping("/service-stations/coverage")
	String coverage(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @Nullable Long station, @RequestParam(required = false) @Nullable String at,
			@RequestParam(required = false) @Nullable Integer minutes,
			@RequestParam(required = false) @Nullable Integer speed,
			@RequestParam(required = false) @Nullable Double proposedLatitude,
			@RequestParam(required = false) @Nullable Double proposedLongitude, Model model) {
		LocalTime time = LocalTime.now(this.clock).withSecond(0).withNano(0);
		if (at != null && !at.isBlank()) {
			try {
				time = LocalTime.parse(at.trim());
			}
			catch (DateTimeParseException ex) {
				model.addAttribute("inputError", "servicestations.coverage.badTime");
			}
		}
		int m = (minutes != null) ? minutes : this.defaultMinutes;
		int v = (speed != null) ? speed : this.defaultSpeed;
		if (m < 1 || m > WalkingCircle.MAX_MINUTES || v < 10 || v > WalkingCircle.MAX_SPEED) {
			model.addAttribute("inputError", "servicestations.coverage.badCircle");
			m = this.defaultMinutes;
			v = this.defaultSpeed;
		}
		GeoPoint proposed = null;
		if (proposedLatitude != null && proposedLongitude != null) {
			if (Math.abs(proposedLatitude) <= 90 && Math.abs(proposedLongitude) <= 180) {
				proposed = new GeoPoint(proposedLatitude, proposedLongitude);
			}
			else {
				model.addAttribute("inputError", "servicestations.position.outOfRange");
			}
		}
		Long stationId = (me.stationId() != null) ? me.stationId()
				: (station != null) ? station : this.choices.firstStation(me);
		CoverageReport report = this.coverage.report(me.scope(), stationId, time, new WalkingCircle(m, v), proposed,
				this.cameraRadius);
		this.choices.addTo(model, me);
		model.addAttribute("report", report);
		model.addAttribute("plot", CoveragePlot.of(report));
		model.addAttribute("station", stationId);
		model.addAttribute("at", time.toString());
		model.addAttribute("minutes", m);
		model.addAttribute("speed", v);
		model.addAttribute("proposedLatitude", proposedLatitude);
		model.addAttribute("proposedLongitude", proposedLongitude);
		return "servicestations/coverage";
	}

}
