package org.stationops.cases.persistence;

import org.stationops.cases.CaseEvent;
import org.stationops.cases.CaseRecordRepository;
import org.springframework.data.repository.Repository;

interface JpaCaseEventRepository extends CaseRecordRepository.Events, Repository<CaseEvent, Long> {

}
