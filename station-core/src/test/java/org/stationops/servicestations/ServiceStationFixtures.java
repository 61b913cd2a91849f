package org.stationops.servicestations;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/**
 * Service stations in named states.
 */
final class ServiceStationFixtures {

	private ServiceStationFixtures() {
	}

	static ServiceStationDetails details(ServiceStationKind kind, boolean roundTheClock, LocalTime opens,
			LocalTime closes) {
		return new ServiceStationDetails("阳光乳业治安防控服务站", kind, "阳光乳业", null, "岱山路", null, 28.6, 115.9, "今日驻点",
				roundTheClock, opens, closes, 2, 1, 7L, LocalDate.of(2026, 4, 7),
				Map.of(EquipmentKind.FLASHING_LIGHT, EquipmentStatus.WORKING));
	}

	static ServiceStation activeStation() {
		return new ServiceStation(1L,
				details(ServiceStationKind.SECURITY_SERVICE_STATION, false, LocalTime.of(8, 0), LocalTime.of(20, 0)));
	}

	static ServiceStation nightMarketStation() {
		return new ServiceStation(1L,
				details(ServiceStationKind.STREET_WORKSTATION, false, LocalTime.of(18, 0), LocalTime.of(2, 0)));
	}

	static ServiceStation mobileRoom() {
		return new ServiceStation(1L, details(ServiceStationKind.MOBILE_POLICE_ROOM, true, null, null));
	}

	/**
	 * @return the station as if saved with that id.
	 */
	static ServiceStation saved(ServiceStation station, long id) {
		try {
			java.lang.reflect.Field field = org.stationops.shared.AbstractEntity.class.getDeclaredField("id");
			field.setAccessible(true);
			field.set(station, id);
			return station;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
