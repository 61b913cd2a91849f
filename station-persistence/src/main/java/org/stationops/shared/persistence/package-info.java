/**
 * Database plumbing shared by every feature: the embedded PostgreSQL used when no
 * external database is configured.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("persistence")
package org.stationops.shared.persistence;
