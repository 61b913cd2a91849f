package org.stationops.consultations;

/**
 * Consultations of one channel and topic in a month.
 *
 * @param answered how many have been answered.
 * @param incidents how many became incidents.
 * @param averageMinutesToAnswer over the answered ones, 0 when none.
 */
public record MonthlyCount(Channel channel, Topic topic, long count, long answered, long incidents,
		double averageMinutesToAnswer) {

}
