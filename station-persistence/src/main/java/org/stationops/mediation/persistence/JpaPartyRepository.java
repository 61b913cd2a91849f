package org.stationops.mediation.persistence;

import org.stationops.mediation.Party;
import org.stationops.mediation.PartyRepository;
import org.springframework.data.repository.Repository;

interface JpaPartyRepository extends PartyRepository, Repository<Party, Long> {

}
