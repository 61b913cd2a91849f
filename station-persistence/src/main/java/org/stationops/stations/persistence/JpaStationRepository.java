package org.stationops.stations.persistence;

import org.stationops.stations.Station;
import org.stationops.stations.StationRepository;
import org.springframework.data.repository.Repository;

interface JpaStationRepository extends StationRepository, Repository<Station, Long> {

}
