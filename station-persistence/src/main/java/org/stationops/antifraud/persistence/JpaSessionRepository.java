package org.stationops.antifraud.persistence;

import org.stationops.antifraud.AntifraudRepositories;
import org.stationops.antifraud.PublicitySession;
import org.springframework.data.repository.Repository;

interface JpaSessionRepository extends AntifraudRepositories.Sessions, Repository<PublicitySession, Long> {

}
