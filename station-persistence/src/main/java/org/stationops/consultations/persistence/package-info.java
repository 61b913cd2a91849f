/**
 * JPA adapter and the monthly count query for consultations.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.consultations.persistence;
