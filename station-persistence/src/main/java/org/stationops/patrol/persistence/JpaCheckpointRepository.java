package org.stationops.patrol.persistence;

import org.stationops.patrol.Checkpoint;
import org.stationops.patrol.CheckpointRepository;
import org.springframework.data.repository.Repository;

interface JpaCheckpointRepository extends CheckpointRepository, Repository<Checkpoint, Long> {

}
