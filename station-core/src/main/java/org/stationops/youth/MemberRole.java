package org.stationops.youth;

/**
 * A member's part in the group.
 */
public enum MemberRole {

	OFFICER, TEACHER, SOCIAL_WORKER, GUARDIAN, VOLUNTEER;

	public String labelKey() {
		return "youth.role." + name();
	}

}
