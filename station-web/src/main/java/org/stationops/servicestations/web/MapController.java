package org.stationops.servicestations.web;

import java.time.Clock;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.Camera;
import org.stationops.servicestations.CameraService;
import org.stationops.servicestations.CameraStatus;
import org.stationops.servicestations.CoverageQueries.StationReach;
import org.stationops.servicestations.CoverageReport;
import org.stationops.servicestations.CoverageService;
import org.stationops.servicestations.ServiceStation;
import org.stationops.servicestations.ServiceStationKind;
import org.stationops.servicestations.ServiceStationService;
import org.stationops.servicestations.ServiceStationStatus;
import org.stationops.servicestations.WalkingCircle;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The map page: service stations, compounds, cameras and walking circles of one police
 * station, filterable by kind and status. With no tile server configured
 * ({@code stationops.map.tile-url}, empty by default) they are drawn as a plain SVG plot
 * with the area outlines and the page holds no external address; with one, the same
 * layers are drawn by Leaflet (served from its WebJar) over that server's tiles.
 */
@Controller
class MapController {

	private final CoverageService coverage;

	private final CameraService cameras;

	private final ServiceStationService serviceStations;

	private final ServiceStationChoices choices;

	private final Clock clock;

	private final WalkingCircle circle;

	private final String tileUrl;

	MapController(CoverageService coverage, CameraService cameras, ServiceStationService serviceStations,
			ServiceStationChoices choices, Clock clock, @Value("${stationops.coverage.walking-minutes:8}") int minutes,
			@Value("${stationops.coverage.walking-speed:80}") int speed,
			@Value("${stationops.map.tile-url:}") String tileUrl) {
		this.coverage = coverage;
		this.cameras = cameras;
		this.serviceStations = serviceStations;
		this.choices = choices;
		this.clock = clock;
		this.circle = new WalkingCircle(minutes, speed);
		this.tileUrl = tileUrl.strip();
	}

	@GetMapping("/service-stations/map")
	String map(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) @Nullable Long station,
			@RequestParam(required = false) @Nullable ServiceStationKind kind,
			@RequestParam(required = false) @Nullable ServiceStationStatus status,
			@RequestParam(required = false) @Nullable CameraStatus cameraStatus,
			@RequestParam(defaultValue = "true") boolean circles,
			@RequestParam(defaultValue = "true") boolean compounds,
			@RequestParam(defaultValue = "true") boolean showCameras, Model model) {
		Long stationId = (me.stationId() != null) ? me.stationId()
				: (station != null) ? station : this.choices.firstStation(me);
		this.choices.addTo(model, me);
		model.addAttribute("cameraStatuses", CameraStatus.values());
		model.addAttribute("station", stationId);
		model.addAttribute("kind", kind);
		model.addAttribute("status", status);
		model.addAttribute("cameraStatus", cameraStatus);
		model.addAttribute("circles", circles);
		model.addAttribute("compounds", compounds);
		model.addAttribute("showCameras", showCameras);
		model.addAttribute("tileUrl", this.tileUrl.isEmpty() ? null : this.tileUrl);
		if (stationId == null) {
			return "servicestations/map";
		}
		addMap(me, stationId, kind, status, cameraStatus, compounds, showCameras, model);
		return "servicestations/map";
	}

	/**
	 * The SVG map alone, every layer shown, for pages that embed it (the one screen
	 * fetches it and refreshes it in place); always the plain SVG, whatever tile server
	 * is configured.
	 */
	@GetMapping("/service-stations/map/svg")
	String svg(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) @Nullable Long station,
			Model model) {
		Long stationId = (me.stationId() != null) ? me.stationId()
				: (station != null) ? station : this.choices.firstStation(me);
		model.addAttribute("tileUrl", null);
		model.addAttribute("circles", true);
		if (stationId != null) {
			addMap(me, stationId, null, null, null, true, true, model);
		}
		return "servicestations/map :: svgCard";
	}

	private void addMap(OfficerPrincipal me, Long stationId, @Nullable ServiceStationKind kind,
			@Nullable ServiceStationStatus status, @Nullable CameraStatus cameraStatus, boolean compounds,
			boolean showCameras, Model model) {
		CoverageReport report = this.coverage.report(me.scope(), stationId,
				LocalTime.now(this.clock).withSecond(0).withNano(0), this.circle, null);
		List<StationReach> reaches = report.stations()
			.stream()
			.map(CoverageReport.StationShare::station)
			.filter(s -> kind == null || s.kind() == kind)
			.filter(s -> status == null || s.status() == status)
			.toList();
		List<Camera> shown = showCameras ? this.cameras.all(me.scope(), stationId)
			.stream()
			.filter(c -> cameraStatus == null || c.getStatus() == cameraStatus)
			.toList() : List.of();
		Map<Long, @Nullable Long> areas = new HashMap<>();
		for (ServiceStation s : this.serviceStations.of(me.scope(), stationId)) {
			areas.put(s.getId(), s.getAreaId());
		}
		StationMap map = StationMap.of(reaches, compounds ? report.compounds() : List.of(), shown,
				this.circle.radiusMetres(), areas, this.choices.areaNames(me));
		model.addAttribute("map", map);
		model.addAttribute("radius", this.circle.radiusMetres());
	}

}
