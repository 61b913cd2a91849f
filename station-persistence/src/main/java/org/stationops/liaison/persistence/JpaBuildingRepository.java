package org.stationops.liaison.persistence;

import org.stationops.liaison.Building;
import org.stationops.liaison.BuildingRepository;
import org.springframework.data.repository.Repository;

interface JpaBuildingRepository extends BuildingRepository, Repository<Building, Long> {

}
