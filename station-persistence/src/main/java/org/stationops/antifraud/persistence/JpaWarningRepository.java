package org.stationops.antifraud.persistence;

import org.stationops.antifraud.AntifraudRepositories;
import org.stationops.antifraud.FraudWarning;
import org.springframework.data.repository.Repository;

interface JpaWarningRepository extends AntifraudRepositories.Warnings, Repository<FraudWarning, Long> {

}
