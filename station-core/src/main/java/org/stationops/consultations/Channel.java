package org.stationops.consultations;

import org.stationops.incidents.IncidentSource;

/**
 * How a consultation reached the station.
 */
public enum Channel {

	/** 微信工作号. */
	WORK_ACCOUNT(IncidentSource.WECHAT_WORK),
	/** 咨询热线. */
	HOTLINE(IncidentSource.PHONE),
	/** 12345 政务服务平台. */
	GOVERNMENT_PLATFORM(IncidentSource.PHONE),
	/** 其他. */
	OTHER(IncidentSource.WALK_IN);

	private final IncidentSource incidentSource;

	Channel(IncidentSource incidentSource) {
		this.incidentSource = incidentSource;
	}

	/**
	 * @return the source an incident opened from such a consultation is registered with.
	 */
	public IncidentSource incidentSource() {
		return this.incidentSource;
	}

	public String labelKey() {
		return "consultations.channel." + name();
	}

}
