/**
 * JPA adapters for vessels, crews, the wanted list and vessel tasks.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.vessels.persistence;
