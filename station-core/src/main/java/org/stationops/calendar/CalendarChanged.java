package org.stationops.calendar;

/**
 * Published when an administrator adds or removes a calendar day, so the features that
 * stored deadlines can recompute them.
 */
public record CalendarChanged() {

}
