package org.stationops.cases.persistence;

import org.stationops.cases.ClockPause;
import org.stationops.cases.CaseRecordRepository;
import org.springframework.data.repository.Repository;

interface JpaPauseRepository extends CaseRecordRepository.Pauses, Repository<ClockPause, Long> {

}
