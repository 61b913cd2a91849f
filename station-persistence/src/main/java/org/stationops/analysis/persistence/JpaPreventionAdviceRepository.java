package org.stationops.analysis.persistence;

import org.stationops.analysis.PreventionAdvice;
import org.stationops.analysis.PreventionAdviceRepository;
import org.springframework.data.repository.Repository;

interface JpaPreventionAdviceRepository extends PreventionAdviceRepository, Repository<PreventionAdvice, Long> {

}
