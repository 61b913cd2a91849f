/**
 * Pages for stations.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.stations.web;
