package org.stationops.cases.persistence;

import org.stationops.cases.ReturnReason;
import org.stationops.cases.CaseRecordRepository;
import org.springframework.data.repository.Repository;

interface JpaReturnReasonRepository extends CaseRecordRepository.ReturnReasons, Repository<ReturnReason, Long> {

}
