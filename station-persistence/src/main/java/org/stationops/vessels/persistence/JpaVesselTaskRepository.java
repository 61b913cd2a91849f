package org.stationops.vessels.persistence;

import org.stationops.vessels.VesselTask;
import org.stationops.vessels.VesselTaskRepository;
import org.springframework.data.repository.Repository;

interface JpaVesselTaskRepository extends VesselTaskRepository, Repository<VesselTask, Long> {

}
