/**
 * JPA adapter for emergency plans.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.emergency.persistence;
