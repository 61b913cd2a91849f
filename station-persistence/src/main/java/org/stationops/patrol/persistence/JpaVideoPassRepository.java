package org.stationops.patrol.persistence;

import org.stationops.patrol.VideoPass;
import org.stationops.patrol.VideoPassRepository;
import org.springframework.data.repository.Repository;

interface JpaVideoPassRepository extends VideoPassRepository, Repository<VideoPass, Long> {

}
