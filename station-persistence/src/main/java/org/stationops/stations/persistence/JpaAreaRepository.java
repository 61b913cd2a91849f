package org.stationops.stations.persistence;

import org.stationops.stations.Area;
import org.stationops.stations.AreaRepository;
import org.springframework.data.repository.Repository;

interface JpaAreaRepository extends AreaRepository, Repository<Area, Long> {

}
