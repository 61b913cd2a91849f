package org.stationops.servicestations;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.StationScoped;

/**
 * A service point of a police station. Its verbs check their own preconditions and refuse
 * with a message key; only {@link ServiceStationService} calls them.
 */
@Entity
@Table(name = "service_stations")
public class ServiceStation extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private String name = "";

	@Enumerated(EnumType.STRING)
	private ServiceStationKind kind = ServiceStationKind.SECURITY_SERVICE_STATION;

	private String hostUnit = "";

	private @Nullable Long hostEnterpriseId;

	private String address = "";

	private @Nullable Long areaId;

	private double latitude;

	private double longitude;

	private String todaysPost = "";

	private boolean roundTheClock;

	private @Nullable LocalTime opensAt;

	private @Nullable LocalTime closesAt;

	private int guardCapacity;

	private int guardsOnDuty;

	private @Nullable Long residentOfficerId;

	@Enumerated(EnumType.STRING)
	private ServiceStationStatus status = ServiceStationStatus.ACTIVE;

	private String suspensionReason = "";

	private LocalDate openedOn = LocalDate.EPOCH;

	@ElementCollection
	@CollectionTable(name = "service_station_equipment", joinColumns = @JoinColumn(name = "service_station_id"))
	@MapKeyColumn(name = "kind")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "status")
	@Enumerated(EnumType.STRING)
	private Map<EquipmentKind, EquipmentStatus> equipment = new HashMap<>();

	protected ServiceStation() {
	}

	ServiceStation(Long stationId, ServiceStationDetails details) {
		this.stationId = stationId;
		apply(details);
	}

	/**
	 * Takes the entered details. Refuses hours missing for a station that is not open
	 * round the clock, and more guards on duty than the station holds.
	 */
	void apply(ServiceStationDetails details) {
		if (!details.roundTheClock()) {
			if (details.opensAt() == null || details.closesAt() == null) {
				throw RuleViolationException.onField("opensAt", "servicestations.hours.required");
			}
			if (details.opensAt().equals(details.closesAt())) {
				throw RuleViolationException.onField("closesAt", "servicestations.hours.empty");
			}
		}
		if (details.guardsOnDuty() > details.guardCapacity()) {
			throw RuleViolationException.onField("guardsOnDuty", "servicestations.guards.overCapacity",
					details.guardCapacity());
		}
		this.name = details.name();
		this.kind = details.kind();
		this.hostUnit = details.hostUnit();
		this.hostEnterpriseId = details.hostEnterpriseId();
		this.address = details.address();
		this.areaId = details.areaId();
		this.latitude = details.latitude();
		this.longitude = details.longitude();
		this.todaysPost = details.kind().isMobile() ? details.todaysPost() : "";
		this.roundTheClock = details.roundTheClock();
		this.opensAt = details.roundTheClock() ? null : details.opensAt();
		this.closesAt = details.roundTheClock() ? null : details.closesAt();
		this.guardCapacity = details.guardCapacity();
		this.guardsOnDuty = details.guardsOnDuty();
		this.residentOfficerId = details.residentOfficerId();
		this.openedOn = details.openedOn();
		this.equipment.clear();
		this.equipment.putAll(details.equipment());
	}

	/**
	 * Suspends the station (renovation, host withdrew, no guard): it leaves the coverage
	 * until reactivated.
	 */
	void suspend(String reason) {
		if (this.status == ServiceStationStatus.SUSPENDED) {
			throw new RuleViolationException("servicestations.suspend.alreadySuspended");
		}
		if (reason.isBlank()) {
			throw RuleViolationException.onField("reason", "servicestations.suspend.reasonRequired");
		}
		this.status = ServiceStationStatus.SUSPENDED;
		this.suspensionReason = reason;
	}

	void reactivate() {
		if (this.status == ServiceStationStatus.ACTIVE) {
			throw new RuleViolationException("servicestations.reactivate.notSuspended");
		}
		this.status = ServiceStationStatus.ACTIVE;
		this.suspensionReason = "";
	}

	/**
	 * Moves a mobile police room to today's post.
	 */
	void move(double latitude, double longitude, String post) {
		if (!this.kind.isMobile()) {
			throw new RuleViolationException("servicestations.move.notMobile");
		}
		if (this.status != ServiceStationStatus.ACTIVE) {
			throw new RuleViolationException("servicestations.move.suspended");
		}
		if (post.isBlank()) {
			throw RuleViolationException.onField("post", "servicestations.move.postRequired");
		}
		this.latitude = latitude;
		this.longitude = longitude;
		this.todaysPost = post;
	}

	/**
	 * @return whether the station is open at that time of day.
	 */
	public boolean isOpenAt(LocalTime time) {
		if (this.roundTheClock || this.opensAt == null || this.closesAt == null) {
			return this.roundTheClock;
		}
		return this.opensAt.isBefore(this.closesAt) ? !time.isBefore(this.opensAt) && time.isBefore(this.closesAt)
				: !time.isBefore(this.opensAt) || time.isBefore(this.closesAt);
	}

	/**
	 * @return whether the station counts for coverage at that time: active, open, and
	 * staffed by guards or a resident officer.
	 */
	public boolean isStaffedAt(LocalTime time) {
		return this.status == ServiceStationStatus.ACTIVE && isOpenAt(time)
				&& (this.guardCapacity > 0 || this.residentOfficerId != null);
	}

	public ServiceStationDetails details() {
		return new ServiceStationDetails(this.name, this.kind, this.hostUnit, this.hostEnterpriseId, this.address,
				this.areaId, this.latitude, this.longitude, this.todaysPost, this.roundTheClock, this.opensAt,
				this.closesAt, this.guardCapacity, this.guardsOnDuty, this.residentOfficerId, this.openedOn,
				equipment());
	}

	public Map<EquipmentKind, EquipmentStatus> equipment() {
		Map<EquipmentKind, EquipmentStatus> copy = new EnumMap<>(EquipmentKind.class);
		copy.putAll(this.equipment);
		return copy;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getName() {
		return this.name;
	}

	public ServiceStationKind getKind() {
		return this.kind;
	}

	public String getHostUnit() {
		return this.hostUnit;
	}

	public @Nullable Long getHostEnterpriseId() {
		return this.hostEnterpriseId;
	}

	public String getAddress() {
		return this.address;
	}

	public @Nullable Long getAreaId() {
		return this.areaId;
	}

	public double getLatitude() {
		return this.latitude;
	}

	public double getLongitude() {
		return this.longitude;
	}

	public String getTodaysPost() {
		return this.todaysPost;
	}

	public boolean isRoundTheClock() {
		return this.roundTheClock;
	}

	public @Nullable LocalTime getOpensAt() {
		return this.opensAt;
	}

	public @Nullable LocalTime getClosesAt() {
		return this.closesAt;
	}

	public int getGuardCapacity() {
		return this.guardCapacity;
	}

	public int getGuardsOnDuty() {
		return this.guardsOnDuty;
	}

	public @Nullable Long getResidentOfficerId() {
		return this.residentOfficerId;
	}

	public ServiceStationStatus getStatus() {
		return this.status;
	}

	public boolean isActive() {
		return this.status == ServiceStationStatus.ACTIVE;
	}

	public String getSuspensionReason() {
		return this.suspensionReason;
	}

	public LocalDate getOpenedOn() {
		return this.openedOn;
	}

}
