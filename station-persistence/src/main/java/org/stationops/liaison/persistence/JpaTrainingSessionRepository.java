package org.stationops.liaison.persistence;

import org.stationops.liaison.TrainingSession;
import org.stationops.liaison.TrainingSessionRepository;
import org.springframework.data.repository.Repository;

interface JpaTrainingSessionRepository extends TrainingSessionRepository, Repository<TrainingSession, Long> {

}
