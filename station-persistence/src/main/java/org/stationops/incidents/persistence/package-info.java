/**
 * Spring Data adapters and SQL queries for incidents: the filtered, paged list with the
 * Chinese bigram search, and the per-day receipt counter.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.incidents.persistence;
