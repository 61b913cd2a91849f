package org.stationops.mediation.persistence;

import org.stationops.mediation.DisputeCategory;
import org.stationops.mediation.MediationReferenceRepository;
import org.springframework.data.repository.Repository;

interface JpaMediationReferenceRepository extends MediationReferenceRepository, Repository<DisputeCategory, String> {

}
