package org.stationops.servicestations;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.StationScoped;

/**
 * A resident officer's weekly office hours at a service station (驻站办公), cut into slots of
 * {@code slotMinutes} with {@code placesPerSlot} places each.
 */
@Entity
@Table(name = "office_hours")
public class OfficeHours extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private Long serviceStationId = 0L;

	private Long officerId = 0L;

	private int dayOfWeek = 1;

	private LocalTime startsAt = LocalTime.MIN;

	private LocalTime endsAt = LocalTime.MIN;

	private int slotMinutes = 30;

	private int placesPerSlot = 1;

	protected OfficeHours() {
	}

	OfficeHours(ServiceStation serviceStation, Long officerId, DayOfWeek day, LocalTime startsAt, LocalTime endsAt,
			int slotMinutes, int placesPerSlot) {
		if (!startsAt.isBefore(endsAt)) {
			throw RuleViolationException.onField("endsAt", "servicestations.officeHours.endBeforeStart");
		}
		if (slotMinutes < 10 || slotMinutes > 120) {
			throw RuleViolationException.onField("slotMinutes", "servicestations.officeHours.slotLength");
		}
		if (placesPerSlot < 1 || placesPerSlot > 50) {
			throw RuleViolationException.onField("placesPerSlot", "servicestations.officeHours.placesRange");
		}
		this.stationId = serviceStation.getStationId();
		this.serviceStationId = java.util.Objects.requireNonNull(serviceStation.getId());
		this.officerId = officerId;
		this.dayOfWeek = day.getValue();
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.slotMinutes = slotMinutes;
		this.placesPerSlot = placesPerSlot;
	}

	/**
	 * @return the start times of the slots that fit entirely in the hours.
	 */
	public List<LocalTime> slotStarts() {
		List<LocalTime> starts = new ArrayList<>();
		for (LocalTime t = this.startsAt; !t.plusMinutes(this.slotMinutes).isAfter(this.endsAt)
				&& !t.plusMinutes(this.slotMinutes).isBefore(t); t = t.plusMinutes(this.slotMinutes)) {
			starts.add(t);
		}
		return starts;
	}

	public boolean overlaps(DayOfWeek day, LocalTime from, LocalTime to) {
		return this.dayOfWeek == day.getValue() && from.isBefore(this.endsAt) && this.startsAt.isBefore(to);
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Long getServiceStationId() {
		return this.serviceStationId;
	}

	public Long getOfficerId() {
		return this.officerId;
	}

	public DayOfWeek getDayOfWeek() {
		return DayOfWeek.of(this.dayOfWeek);
	}

	public LocalTime getStartsAt() {
		return this.startsAt;
	}

	public LocalTime getEndsAt() {
		return this.endsAt;
	}

	public int getSlotMinutes() {
		return this.slotMinutes;
	}

	public int getPlacesPerSlot() {
		return this.placesPerSlot;
	}

}
