package org.stationops.mediation.persistence;

import org.stationops.mediation.MediatorAssignment;
import org.stationops.mediation.MediatorAssignmentRepository;
import org.springframework.data.repository.Repository;

interface JpaMediatorAssignmentRepository extends MediatorAssignmentRepository, Repository<MediatorAssignment, Long> {

}
