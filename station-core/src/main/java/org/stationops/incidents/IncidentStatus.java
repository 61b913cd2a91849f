package org.stationops.incidents;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an incident stands. The first four are open; the rest are dispositions.
 */
public enum IncidentStatus {

	RECEIVED, DISPATCHED, ON_SCENE, CLEARED,
	/** 当场处置完毕. */
	RESOLVED_ON_SITE,
	/** 已立案/受案: handed to the cases feature. */
	CASE_OPENED,
	/** 转调解: handed to the mediation feature. */
	REFERRED_TO_MEDIATION,
	/** 移送其他单位, with the 24-hour clock. */
	TRANSFERRED,
	/** 无效警情. */
	INVALID;

	/** Statuses on the dispatch board: not yet cleared. */
	public static final Set<IncidentStatus> ON_BOARD = EnumSet.of(RECEIVED, DISPATCHED, ON_SCENE);

	/** Statuses an incident can be disposed to. */
	public static final Set<IncidentStatus> DISPOSITIONS = EnumSet.of(RESOLVED_ON_SITE, CASE_OPENED,
			REFERRED_TO_MEDIATION, TRANSFERRED, INVALID);

	public boolean isOpen() {
		return !DISPOSITIONS.contains(this);
	}

	/**
	 * @return whether the next step on the dispatch board is sending someone.
	 */
	public boolean awaitsDispatch() {
		return this == RECEIVED;
	}

	/**
	 * @return whether the next step on the dispatch board is arriving on the scene.
	 */
	public boolean awaitsArrival() {
		return this == DISPATCHED;
	}

	/**
	 * @return whether the next step on the dispatch board is clearing the scene.
	 */
	public boolean awaitsClearance() {
		return this == ON_SCENE;
	}

	public boolean handedToCases() {
		return this == CASE_OPENED;
	}

	public boolean handedToMediation() {
		return this == REFERRED_TO_MEDIATION;
	}

}
