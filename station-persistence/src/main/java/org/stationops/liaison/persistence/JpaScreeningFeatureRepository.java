package org.stationops.liaison.persistence;

import org.stationops.liaison.ScreeningFeature;
import org.stationops.liaison.ScreeningFeatureRepository;
import org.springframework.data.repository.Repository;

interface JpaScreeningFeatureRepository extends ScreeningFeatureRepository, Repository<ScreeningFeature, Long> {

}
