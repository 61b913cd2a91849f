package org.stationops.audit.persistence;

import org.stationops.audit.AuditEntry;
import org.stationops.audit.AuditRepository;
import org.springframework.data.repository.Repository;

interface JpaAuditRepository extends AuditRepository, Repository<AuditEntry, Long> {

}
