package org.stationops.mediation.persistence;

import org.stationops.mediation.MediationNotification;
import org.stationops.mediation.MediationNotificationRepository;
import org.springframework.data.repository.Repository;

interface JpaMediationNotificationRepository
		extends MediationNotificationRepository, Repository<MediationNotification, Long> {

}
