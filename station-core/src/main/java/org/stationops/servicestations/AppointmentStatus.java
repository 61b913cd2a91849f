package org.stationops.servicestations;

/**
 * An appointment's progress, which the resident sees with the query code.
 */
public enum AppointmentStatus {

	/** 已预约. */
	BOOKED,
	/** 已取消. */
	CANCELLED,
	/** 当场办结. */
	HANDLED,
	/** 带回代办. */
	TAKEN_BACK,
	/** 代办办结. */
	COMPLETED,
	/** 未到. */
	NO_SHOW;

	public String labelKey() {
		return "servicestations.appointment.status." + name();
	}

}
