package org.stationops.servicestations;

/**
 * What a service station did for someone (服务日志的类别).
 */
public enum ServiceLogKind {

	/** 紧急避险. */
	EMERGENCY_REFUGE,
	/** 快速报警: may open an incident in the same step. */
	QUICK_ALARM,
	/** 急救. */
	FIRST_AID,
	/** 咨询. */
	CONSULTATION,
	/** 失物招领. */
	LOST_AND_FOUND,
	/** 护送回家. */
	ESCORT_HOME;

	public String labelKey() {
		return "servicestations.log.kind." + name();
	}

	/**
	 * @return whether an entry of this kind may open an incident.
	 */
	public boolean opensIncidents() {
		return this == QUICK_ALARM;
	}

}
