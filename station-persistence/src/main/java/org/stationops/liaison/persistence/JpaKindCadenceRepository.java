package org.stationops.liaison.persistence;

import org.stationops.liaison.EnterpriseKind;
import org.stationops.liaison.KindCadence;
import org.stationops.liaison.KindCadenceRepository;
import org.springframework.data.repository.Repository;

interface JpaKindCadenceRepository extends KindCadenceRepository, Repository<KindCadence, EnterpriseKind> {

}
