package org.stationops.mediation.persistence;

import org.stationops.mediation.MediationContact;
import org.stationops.mediation.MediationContactRepository;
import org.springframework.data.repository.Repository;

interface JpaMediationContactRepository extends MediationContactRepository, Repository<MediationContact, Long> {

}
