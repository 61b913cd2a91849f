package org.stationops.mediation.persistence;

import org.stationops.mediation.MediationSession;
import org.stationops.mediation.MediationSessionRepository;
import org.springframework.data.repository.Repository;

interface JpaMediationSessionRepository extends MediationSessionRepository, Repository<MediationSession, Long> {

}
