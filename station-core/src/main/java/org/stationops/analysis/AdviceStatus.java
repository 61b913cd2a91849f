package org.stationops.analysis;

/**
 * Where a piece of prevention advice stands: written (草稿), sent to its target (已发送),
 * answered (已回复), and reviewed after the following weeks (已评估).
 */
public enum AdviceStatus {

	DRAFT, SENT, REPLIED, REVIEWED;

	public String messageKey() {
		return "advice.status." + name();
	}

}
