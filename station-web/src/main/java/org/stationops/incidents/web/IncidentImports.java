package org.stationops.incidents.web;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.incidents.IncidentDetails;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.Area;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.stereotype.Component;

/**
 * Turns a validated API request or CSV row into the station and details to register,
 * resolving station code and area name within the caller's scope.
 */
@Component
class IncidentImports {

	private final StationService stations;

	IncidentImports(StationService stations) {
		this.stations = stations;
	}

	/**
	 * @throws RuleViolationException naming the field at fault.
	 */
	Long stationFor(OfficerPrincipal me, @Nullable String stationCode) {
		if (me.stationId() != null) {
			if (stationCode != null && !stationCode.isBlank()
					&& !stationCode.trim().equals(this.stations.get(me.scope(), me.stationId()).getCode())) {
				throw RuleViolationException.onField("stationCode", "incidents.api.otherStation");
			}
			return me.stationId();
		}
		if (stationCode == null || stationCode.isBlank()) {
			throw RuleViolationException.onField("stationCode", "incidents.station.required");
		}
		return this.stations.visibleStations(me.scope())
			.stream()
			.filter(s -> s.getCode().equals(stationCode.trim()))
			.map(Station::getId)
			.findFirst()
			.orElseThrow(() -> RuleViolationException.onField("stationCode", "incidents.api.unknownStation"));
	}

	@SuppressWarnings("NullAway")
	IncidentDetails details(OfficerPrincipal me, Long stationId, IncidentApiRequest request) {
		Long areaId = null;
		if (request.areaName() != null && !request.areaName().isBlank()) {
			Optional<Area> area = this.stations.areas(me.scope(), stationId)
				.stream()
				.filter(a -> a.getName().equals(request.areaName().trim()))
				.findFirst();
			areaId = area.map(Area::getId)
				.orElseThrow(() -> RuleViolationException.onField("areaName", "incidents.area.notAtStation"));
		}
		return new IncidentDetails(request.receivedAt().toInstant(), request.source(), request.categoryCode().trim(),
				request.location().trim(), areaId, request.latitude(), request.longitude(),
				request.reporterName().trim(), request.reporterPhone().trim(),
				Objects.requireNonNullElse(request.reporterIdNumber(), "").trim().toUpperCase(),
				request.description().trim());
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
