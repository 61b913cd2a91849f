/**
 * Spring Data JPA adapters for the officers ports.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.officers.persistence;
