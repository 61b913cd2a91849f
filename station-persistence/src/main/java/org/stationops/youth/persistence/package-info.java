/**
 * JPA adapter for youth assistance groups.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.youth.persistence;
