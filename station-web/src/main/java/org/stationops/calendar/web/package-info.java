/**
 * The administrator's page for the working-day calendar (/admin/calendar).
 */
@org.jspecify.annotations.NullMarked
package org.stationops.calendar.web;
