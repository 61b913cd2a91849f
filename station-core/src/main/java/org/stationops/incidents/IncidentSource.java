package org.stationops.incidents;

/**
 * How an incident reached the station.
 */
public enum IncidentSource {

	/** 110 报警. */
	EMERGENCY_110,
	/** 来所报警. */
	WALK_IN,
	/** 电话. */
	PHONE,
	/** 微信工作号. */
	WECHAT_WORK,
	/** 巡逻发现. */
	PATROL,
	/** 系统预警. */
	SYSTEM_ALERT,
	/** 企业快速通道. */
	ENTERPRISE_CHANNEL,
	/** 治安防控服务站. */
	SERVICE_STATION

}
