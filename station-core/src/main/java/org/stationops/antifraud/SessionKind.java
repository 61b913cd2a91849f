package org.stationops.antifraud;

/**
 * 反诈宣传 or 反诈夜校.
 */
public enum SessionKind {

	PUBLICITY, NIGHT_SCHOOL

}
