package org.stationops.servicestations;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an officer enters for a service station.
 *
 * @param hostEnterpriseId the host unit as an enterprise of the liaison register, or
 * {@literal null} when the host is not registered there.
 * @param todaysPost where a mobile police room stands today; ignored for other kinds.
 * @param opensAt with {@code closesAt} the daily hours; a window past midnight (20:00 to
 * 06:00) is allowed; both ignored when {@code roundTheClock}.
 */
public record ServiceStationDetails(String name, ServiceStationKind kind, String hostUnit,
		@Nullable Long hostEnterpriseId, String address, @Nullable Long areaId, double latitude, double longitude,
		String todaysPost, boolean roundTheClock, @Nullable LocalTime opensAt, @Nullable LocalTime closesAt,
		int guardCapacity, int guardsOnDuty, @Nullable Long residentOfficerId, LocalDate openedOn,
		Map<EquipmentKind, EquipmentStatus> equipment) {

}
