package org.stationops.liaison.persistence;

import org.stationops.liaison.EnterprisePerson;
import org.stationops.liaison.EnterprisePersonRepository;
import org.springframework.data.repository.Repository;

interface JpaEnterprisePersonRepository extends EnterprisePersonRepository, Repository<EnterprisePerson, Long> {

}
