/**
 * Database plumbing shared by every feature: the embedded PostgreSQL used when no
 * external database is configured.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.shared.persistence;
