package org.stationops.cases.persistence;

import org.stationops.cases.Suspect;
import org.stationops.cases.CaseRecordRepository;
import org.springframework.data.repository.Repository;

interface JpaSuspectRepository extends CaseRecordRepository.Suspects, Repository<Suspect, Long> {

}
