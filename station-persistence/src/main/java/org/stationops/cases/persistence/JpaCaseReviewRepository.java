package org.stationops.cases.persistence;

import org.stationops.cases.CaseReview;
import org.stationops.cases.CaseRecordRepository;
import org.springframework.data.repository.Repository;

interface JpaCaseReviewRepository extends CaseRecordRepository.Reviews, Repository<CaseReview, Long> {

}
