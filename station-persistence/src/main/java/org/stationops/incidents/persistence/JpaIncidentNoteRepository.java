package org.stationops.incidents.persistence;

import org.stationops.incidents.IncidentNote;
import org.stationops.incidents.IncidentNoteRepository;
import org.springframework.data.repository.Repository;

interface JpaIncidentNoteRepository extends IncidentNoteRepository, Repository<IncidentNote, Long> {

}
