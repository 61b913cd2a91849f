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

	/**
	 * @return whether the appointment is still to come: it can be handled or cancelled.
	 */
	public boolean isBooked() {
		return this == BOOKED;
	}

	/**
	 * @return whether the matter was taken back to be done on the applicant's behalf.
	 */
	public boolean isTakenBack() {
		return this == TAKEN_BACK;
	}

	public String labelKey() {
		return "servicestations.appointment.status." + name();
	}

}
