package org.stationops.mediation;

import java.util.List;
import java.util.Optional;

/**
 * Port for supervisors' notifications.
 */
public interface MediationNotificationRepository {

	MediationNotification save(MediationNotification notification);

	Optional<MediationNotification> findById(Long id);

	List<MediationNotification> findTop50ByRecipientIdOrderByCreatedAtDesc(Long recipientId);

	long countByRecipientIdAndReadAtIsNull(Long recipientId);

}
