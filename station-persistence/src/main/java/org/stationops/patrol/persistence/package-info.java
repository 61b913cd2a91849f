/**
 * JPA adapters for patrol, and the nearest-unit and compliance queries on PostgreSQL.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.patrol.persistence;
