/**
 * Spring Data JPA adapters for the liaison ports, with the aggregate queries behind
 * campaign progress, the fast-channel ledger and the liaison report.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.liaison.persistence;
