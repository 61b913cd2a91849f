/**
 * Spring Data adapter for the working-day calendar.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.calendar.persistence;
