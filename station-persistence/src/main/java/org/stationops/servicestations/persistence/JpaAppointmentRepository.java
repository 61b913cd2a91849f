package org.stationops.servicestations.persistence;

import org.stationops.servicestations.Appointment;
import org.stationops.servicestations.AppointmentRepository;
import org.springframework.data.repository.Repository;

interface JpaAppointmentRepository extends AppointmentRepository, Repository<Appointment, Long> {

}
