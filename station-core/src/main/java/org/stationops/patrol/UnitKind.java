package org.stationops.patrol;

/**
 * The kinds of patrol unit. Only police units answer incidents; guard posts, volunteer
 * teams and video desks patrol but are not dispatched.
 */
public enum UnitKind {

	/** 110 巡逻车. */
	PATROL_CAR_110,
	/** 电警车 (e-police car). */
	E_POLICE_CAR,
	/** 步巡. */
	FOOT_PATROL,
	/** 轻型 PTU 处突小组. */
	PTU_TEAM,
	/** 物业/企业护卫岗 (定点). */
	GUARD_POST,
	/** 群防群治志愿者队伍. */
	VOLUNTEER_TEAM,
	/** 视频巡逻席位. */
	VIDEO_DESK;

	public String labelKey() {
		return "patrol.unitKind." + name();
	}

	public boolean isDispatchable() {
		return this == PATROL_CAR_110 || this == E_POLICE_CAR || this == FOOT_PATROL || this == PTU_TEAM;
	}

	public boolean isVolunteerTeam() {
		return this == VOLUNTEER_TEAM;
	}

}
