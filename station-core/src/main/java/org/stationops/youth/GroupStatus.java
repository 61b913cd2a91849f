package org.stationops.youth;

/**
 * A group's file is open until closed with a reason.
 */
public enum GroupStatus {

	OPEN, CLOSED;

	public String labelKey() {
		return "youth.status." + name();
	}

	public boolean isOpen() {
		return this == OPEN;
	}

}
