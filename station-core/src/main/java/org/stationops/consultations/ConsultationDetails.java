package org.stationops.consultations;

import java.time.Instant;

/**
 * What an officer records when a consultation comes in.
 *
 * @param personName who asked, or empty.
 * @param personPhone their phone, or empty.
 */
public record ConsultationDetails(Channel channel, Topic topic, String personName, String personPhone, String question,
		Instant receivedAt) {

}
