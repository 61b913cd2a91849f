package org.stationops.liaison.persistence;

import org.stationops.liaison.EnterpriseChange;
import org.stationops.liaison.EnterpriseChangeRepository;
import org.springframework.data.repository.Repository;

interface JpaEnterpriseChangeRepository extends EnterpriseChangeRepository, Repository<EnterpriseChange, Long> {

}
