package org.stationops.mediation.persistence;

import org.stationops.mediation.PoliceMediationRule;
import org.stationops.mediation.PoliceMediationRuleRepository;
import org.springframework.data.repository.Repository;

interface JpaPoliceMediationRuleRepository
		extends PoliceMediationRuleRepository, Repository<PoliceMediationRule, String> {

}
