/**
 * JPA adapters and the coverage arithmetic (cube + earthdistance) for service stations.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.servicestations.persistence;
