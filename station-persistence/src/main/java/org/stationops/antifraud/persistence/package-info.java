/**
 * Spring Data adapters for anti-fraud warnings and publicity sessions.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.antifraud.persistence;
