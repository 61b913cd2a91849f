package org.stationops.patrol;

/**
 * Daishan's 五定五巡: the five kinds of patrol plan.
 */
public enum PlanKind {

	/**
	 * 定线: an ordered route of checkpoints (the 110 car along the line of service
	 * stations).
	 */
	ROUTE,
	/** 定区: an area walked by patrol staff and e-police cars, through its checkpoints. */
	AREA,
	/** 定时: a resident officer at set times. */
	TIMED,
	/** 定点: one fixed point, e.g. a guard post around the clock. */
	POINT,
	/** 定站: volunteers at their service station. */
	STATION,
	/** 视频巡逻: a video patrol desk looking through a list of cameras at set times. */
	VIDEO;

	public String labelKey() {
		return "patrol.planKind." + name();
	}

	public boolean isRoute() {
		return this == ROUTE;
	}

	public boolean needsArea() {
		return this == AREA;
	}

	public boolean needsServiceStation() {
		return this == STATION;
	}

	/**
	 * @return whether the plan's points are cameras (looked through) rather than
	 * checkpoints (walked to).
	 */
	public boolean isVideo() {
		return this == VIDEO;
	}

	public boolean isSinglePoint() {
		return this == POINT;
	}

}
