package org.stationops.servicestations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stationops.servicestations.BookingService;
import org.stationops.servicestations.CameraService;
import org.stationops.servicestations.CoverageService;
import org.stationops.servicestations.ServiceStation;
import org.stationops.servicestations.ServiceStationService;
import org.stationops.servicestations.WalkingCircle;
import org.stationops.shared.web.DashboardPanel;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The service stations panel on the dashboard, for an officer of a police station: the
 * service stations staffed now (active, open now, with a guard on duty) of the active
 * ones, walking coverage now, cameras out of service and today's appointments. Hidden for
 * bureau-level accounts, which have no one station.
 */
@Component
@Order(50)
class ServiceStationDashboardPanel implements DashboardPanel {

	private final ServiceStationService serviceStations;

	private final CoverageService coverage;

	private final CameraService cameras;

	private final BookingService bookings;

	private final Clock clock;

	private final WalkingCircle circle;

	ServiceStationDashboardPanel(ServiceStationService serviceStations, CoverageService coverage, CameraService cameras,
			BookingService bookings, Clock clock, @Value("${stationops.coverage.walking-minutes:8}") int minutes,
			@Value("${stationops.coverage.walking-speed:80}") int speed) {
		this.serviceStations = serviceStations;
		this.coverage = coverage;
		this.cameras = cameras;
		this.bookings = bookings;
		this.clock = clock;
		this.circle = new WalkingCircle(minutes, speed);
	}

	@Override
	public String fragment() {
		return "servicestations/panels :: serviceStations";
	}

	@Override
	public Map<String, Object> data(OfficerPrincipal me) {
		Long stationId = me.stationId();
		if (stationId == null) {
			return Map.of();
		}
		List<ServiceStation> all = this.serviceStations.of(me.scope(), stationId);
		if (all.isEmpty()) {
			return Map.of();
		}
		LocalTime now = LocalTime.now(this.clock).withSecond(0).withNano(0);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("staffedNow", all.stream().filter(s -> staffedNow(s, now)).count());
		data.put("active", all.stream().filter(ServiceStation::isActive).count());
		data.put("coverage", this.coverage.report(me.scope(), stationId, now, this.circle, null).total().percent());
		data.put("faultyCameras", this.cameras.faults(me.scope(), stationId).size());
		data.put("appointmentsToday", this.bookings.dayList(me.scope(), LocalDate.now(this.clock)).size());
		return data;
	}

	/**
	 * Staffed now: active, open at this time and with at least one guard on duty (the
	 * officers' own "on duty now" figure).
	 */
	static boolean staffedNow(ServiceStation station, LocalTime now) {
		return station.isActive() && station.isOpenAt(now) && station.getGuardsOnDuty() > 0;
	}

}
