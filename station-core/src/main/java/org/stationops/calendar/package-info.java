/**
 * The working-day calendar: public holidays and make-up working days (调休) held as data
 * and edited by an administrator, answering whether a day is a working day and which day
 * lies a number of working days ahead. Every time limit counted in working days, or
 * ending on a holiday, asks this calendar.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "shared :: web" })
package org.stationops.calendar;
