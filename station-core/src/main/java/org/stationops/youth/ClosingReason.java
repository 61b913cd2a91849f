package org.stationops.youth;

/**
 * Why a group's file was closed.
 */
public enum ClosingReason {

	IMPROVED, CAME_OF_AGE, MOVED_AWAY, TRANSFERRED, OTHER;

	public String labelKey() {
		return "youth.closing." + name();
	}

}
