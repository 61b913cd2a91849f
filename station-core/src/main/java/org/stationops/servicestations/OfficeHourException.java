package org.stationops.servicestations;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;

/**
 * A day on which a service station's office hours do not take place (holiday, training).
 */
@Entity
@Table(name = "office_hour_exceptions")
public class OfficeHourException extends AbstractEntity {

	private Long stationId = 0L;

	private Long serviceStationId = 0L;

	private LocalDate onDate = LocalDate.EPOCH;

	private String reason = "";

	protected OfficeHourException() {
	}

	OfficeHourException(Long stationId, Long serviceStationId, LocalDate onDate, String reason) {
		this.stationId = stationId;
		this.serviceStationId = serviceStationId;
		this.onDate = onDate;
		this.reason = reason;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Long getServiceStationId() {
		return this.serviceStationId;
	}

	public LocalDate getOnDate() {
		return this.onDate;
	}

	public String getReason() {
		return this.reason;
	}

}
