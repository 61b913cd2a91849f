package org.stationops.incidents.persistence;

import org.stationops.incidents.HandlingGuide;
import org.stationops.incidents.HandlingGuideRepository;
import org.springframework.data.repository.Repository;

interface JpaHandlingGuideRepository extends HandlingGuideRepository, Repository<HandlingGuide, Long> {

}
