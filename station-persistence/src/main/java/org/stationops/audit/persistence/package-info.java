/**
 * Spring Data JPA adapters for the audit ports.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.audit.persistence;
