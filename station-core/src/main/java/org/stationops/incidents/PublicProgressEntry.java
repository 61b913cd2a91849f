package org.stationops.incidents;

/**
 * One line on the public tracking page.
 *
 * @param messageKey a message-bundle key naming the stage, shown in the visitor's
 * language.
 * @param publicNote free text an officer marked public, or empty.
 */
public record PublicProgressEntry(java.time.Instant at, String messageKey, String publicNote) {

}
