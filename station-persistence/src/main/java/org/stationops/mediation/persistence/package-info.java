/**
 * Spring Data JPA adapters for the mediation ports.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.mediation.persistence;
