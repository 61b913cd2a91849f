package org.stationops.servicestations.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.EquipmentKind;
import org.stationops.servicestations.EquipmentStatus;
import org.stationops.servicestations.ServiceStation;
import org.stationops.servicestations.ServiceStationDetails;
import org.stationops.servicestations.ServiceStationKind;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Create and edit form of a service station; {@code version} guards edits.
 */
record ServiceStationForm(@NotBlank @Size(max = 60) @Nullable String name, @NotNull @Nullable ServiceStationKind kind,
		@Size(max = 100) @Nullable String hostUnit, @Nullable Long hostEnterpriseId,
		@Size(max = 200) @Nullable String address, @Nullable Long areaId,
		@NotBlank @Pattern(regexp = LATITUDE, message = "{servicestations.latitude.invalid}") @Nullable String latitude,
		@NotBlank @Pattern(regexp = LONGITUDE,
				message = "{servicestations.longitude.invalid}") @Nullable String longitude,
		@Size(max = 100) @Nullable String todaysPost, @Nullable Boolean roundTheClock,
		@DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime opensAt,
		@DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime closesAt,
		@NotNull @Min(0) @Max(500) @Nullable Integer guardCapacity,
		@NotNull @Min(0) @Max(500) @Nullable Integer guardsOnDuty, @Nullable Long residentOfficerId,
		@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate openedOn,
		@Nullable EquipmentStatus flashingLight, @Nullable EquipmentStatus firstAidKit,
		@Nullable EquipmentStatus defibrillator, @Nullable EquipmentStatus radio, @Nullable Long stationId,
		@Nullable Long version) {

	static final String LATITUDE = "-?\\d{1,2}(\\.\\d{1,8})?";

	static final String LONGITUDE = "-?\\d{1,3}(\\.\\d{1,8})?";

	static ServiceStationForm empty(@Nullable Long stationId, LocalDate today) {
		return new ServiceStationForm("", ServiceStationKind.SECURITY_SERVICE_STATION, "", null, "", null, "", "", "",
				false, LocalTime.of(8, 0), LocalTime.of(20, 0), 2, 0, null, today, EquipmentStatus.WORKING,
				EquipmentStatus.WORKING, null, null, stationId, null);
	}

	static ServiceStationForm of(ServiceStation s) {
		ServiceStationDetails d = s.details();
		Map<EquipmentKind, EquipmentStatus> e = d.equipment();
		return new ServiceStationForm(d.name(), d.kind(), d.hostUnit(), d.hostEnterpriseId(), d.address(), d.areaId(),
				Double.toString(d.latitude()), Double.toString(d.longitude()), d.todaysPost(), d.roundTheClock(),
				d.opensAt(), d.closesAt(), d.guardCapacity(), d.guardsOnDuty(), d.residentOfficerId(), d.openedOn(),
				e.get(EquipmentKind.FLASHING_LIGHT), e.get(EquipmentKind.FIRST_AID_KIT),
				e.get(EquipmentKind.DEFIBRILLATOR), e.get(EquipmentKind.RADIO), s.getStationId(), s.getVersion());
	}

	ServiceStationDetails toDetails() {
		Map<EquipmentKind, EquipmentStatus> equipment = new EnumMap<>(EquipmentKind.class);
		put(equipment, EquipmentKind.FLASHING_LIGHT, this.flashingLight);
		put(equipment, EquipmentKind.FIRST_AID_KIT, this.firstAidKit);
		put(equipment, EquipmentKind.DEFIBRILLATOR, this.defibrillator);
		put(equipment, EquipmentKind.RADIO, this.radio);
		return new ServiceStationDetails(text(this.name), Objects.requireNonNull(this.kind), text(this.hostUnit),
				this.hostEnterpriseId, text(this.address), this.areaId, Double.parseDouble(text(this.latitude)),
				Double.parseDouble(text(this.longitude)), text(this.todaysPost),
				Boolean.TRUE.equals(this.roundTheClock), this.opensAt, this.closesAt,
				Objects.requireNonNullElse(this.guardCapacity, 0), Objects.requireNonNullElse(this.guardsOnDuty, 0),
				this.residentOfficerId, Objects.requireNonNull(this.openedOn), equipment);
	}

	/**
	 * @return whether both coordinates are numbers within range.
	 */
	boolean positionInRange() {
		return inRange(this.latitude, 90) && inRange(this.longitude, 180);
	}

	static boolean inRange(@Nullable String coordinate, double limit) {
		try {
			return Math.abs(Double.parseDouble(text(coordinate))) <= limit;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static void put(Map<EquipmentKind, EquipmentStatus> map, EquipmentKind kind,
			@Nullable EquipmentStatus status) {
		if (status != null) {
			map.put(kind, status);
		}
	}

	static String text(@Nullable String value) {
		return (value == null) ? "" : value.trim();
	}

}
