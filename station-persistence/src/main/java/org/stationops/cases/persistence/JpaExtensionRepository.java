package org.stationops.cases.persistence;

import org.stationops.cases.CaseExtension;
import org.stationops.cases.CaseRecordRepository;
import org.springframework.data.repository.Repository;

interface JpaExtensionRepository extends CaseRecordRepository.Extensions, Repository<CaseExtension, Long> {

}
