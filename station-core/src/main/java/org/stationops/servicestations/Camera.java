package org.stationops.servicestations;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.RuleViolationException;

/**
 * A camera (天网 / 雪亮) of a police station. It guards its own state: a fault is reported
 * once with the day it began, a repair only ends a fault and never before it began.
 */
@Entity
@Table(name = "cameras")
public class Camera extends AbstractEntity {

	private Long stationId = 0L;

	private @Nullable Long serviceStationId;

	private @Nullable Long areaId;

	private String code = "";

	private String location = "";

	@Enumerated(EnumType.STRING)
	private CameraKind kind = CameraKind.DOME;

	@Enumerated(EnumType.STRING)
	private CameraOwner owner = CameraOwner.POLICE;

	private double latitude;

	private double longitude;

	@Enumerated(EnumType.STRING)
	private CameraStatus status = CameraStatus.ONLINE;

	private @Nullable LocalDate faultySince;

	private String faultNote = "";

	private @Nullable LocalDate lastRepairedOn;

	protected Camera() {
	}

	Camera(Long stationId, CameraDetails details) {
		this.stationId = stationId;
		apply(details);
	}

	void apply(CameraDetails details) {
		this.code = details.code();
		this.location = details.location();
		this.kind = details.kind();
		this.owner = details.owner();
		this.serviceStationId = details.serviceStationId();
		this.areaId = details.areaId();
		this.latitude = details.latitude();
		this.longitude = details.longitude();
	}

	/**
	 * Records that the camera has been out of service since {@code since}.
	 */
	void reportFault(LocalDate since, String note, LocalDate today) {
		if (this.status == CameraStatus.FAULTY) {
			throw new RuleViolationException("servicestations.camera.alreadyFaulty");
		}
		if (since.isAfter(today)) {
			throw RuleViolationException.onField("since", "servicestations.camera.faultInFuture");
		}
		if (note.isBlank()) {
			throw RuleViolationException.onField("note", "servicestations.camera.faultNoteRequired");
		}
		this.status = CameraStatus.FAULTY;
		this.faultySince = since;
		this.faultNote = note;
	}

	/**
	 * Records that the camera works again since {@code on}.
	 */
	void repair(LocalDate on, LocalDate today) {
		if (this.status != CameraStatus.FAULTY || this.faultySince == null) {
			throw new RuleViolationException("servicestations.camera.notFaulty");
		}
		if (on.isAfter(today)) {
			throw RuleViolationException.onField("on", "servicestations.camera.repairInFuture");
		}
		if (on.isBefore(this.faultySince)) {
			throw RuleViolationException.onField("on", "servicestations.camera.repairBeforeFault");
		}
		this.status = CameraStatus.ONLINE;
		this.faultySince = null;
		this.faultNote = "";
		this.lastRepairedOn = on;
	}

	/**
	 * @return whole days out of service up to {@code today}, 0 for a working camera.
	 */
	public long daysOutOfService(LocalDate today) {
		return (this.faultySince != null) ? Math.max(0, ChronoUnit.DAYS.between(this.faultySince, today)) : 0;
	}

	public boolean isWorking() {
		return this.status.working();
	}

	public Long getStationId() {
		return this.stationId;
	}

	public @Nullable Long getServiceStationId() {
		return this.serviceStationId;
	}

	public @Nullable Long getAreaId() {
		return this.areaId;
	}

	public String getCode() {
		return this.code;
	}

	public String getLocation() {
		return this.location;
	}

	public CameraKind getKind() {
		return this.kind;
	}

	public CameraOwner getOwner() {
		return this.owner;
	}

	public double getLatitude() {
		return this.latitude;
	}

	public double getLongitude() {
		return this.longitude;
	}

	public CameraStatus getStatus() {
		return this.status;
	}

	public @Nullable LocalDate getFaultySince() {
		return this.faultySince;
	}

	public String getFaultNote() {
		return this.faultNote;
	}

	public @Nullable LocalDate getLastRepairedOn() {
		return this.lastRepairedOn;
	}

}
