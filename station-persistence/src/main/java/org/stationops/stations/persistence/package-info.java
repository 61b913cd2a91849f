/**
 * Spring Data JPA adapters for the stations ports.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.stations.persistence;
