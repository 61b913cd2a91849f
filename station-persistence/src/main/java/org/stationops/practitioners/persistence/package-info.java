/**
 * JPA adapters for practitioners and their screening campaigns.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.practitioners.persistence;
