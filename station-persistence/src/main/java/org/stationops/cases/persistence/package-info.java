/**
 * Spring Data adapters and list/supervision queries for cases.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.cases.persistence;
