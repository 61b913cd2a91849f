package org.stationops.cases.persistence;

import org.stationops.cases.CaseParticular;
import org.stationops.cases.CaseRecordRepository;
import org.springframework.data.repository.Repository;

interface JpaParticularRepository extends CaseRecordRepository.Particulars, Repository<CaseParticular, Long> {

}
