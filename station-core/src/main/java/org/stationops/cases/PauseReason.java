package org.stationops.cases;

/**
 * Why the case clock stands still. Forensic appraisal and hearings are not counted in the
 * time limit (治安管理处罚法 2025 第118条第2款; 2012 第99条); during police mediation the time limit
 * has not started, and it starts on the day mediation fails (行政案件程序规定 第185条第2款).
 */
public enum PauseReason {

	APPRAISAL, HEARING, MEDIATION

}
