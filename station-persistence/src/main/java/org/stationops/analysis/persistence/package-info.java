/**
 * The analysis's aggregate SQL: one grouped statement per breakdown, filtered by station.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.analysis.persistence;
