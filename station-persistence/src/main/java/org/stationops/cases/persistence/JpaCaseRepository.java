package org.stationops.cases.persistence;

import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseRepository;
import org.springframework.data.repository.Repository;

interface JpaCaseRepository extends CaseRepository, Repository<CaseFile, Long> {

}
