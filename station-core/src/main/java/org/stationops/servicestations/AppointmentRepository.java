package org.stationops.servicestations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.stationops.shared.Scope;
import org.stationops.shared.ScopedRepository;

/**
 * Port for appointments.
 */
public interface AppointmentRepository extends ScopedRepository<Appointment> {

	Appointment saveAndFlush(Appointment appointment);

	Optional<Appointment> findById(Long id);

	Optional<Appointment> findByReference(String reference);

	Optional<Appointment> findBySubmissionKey(String submissionKey);

	List<Appointment> findByStationIdAndSlotStartGreaterThanEqualAndSlotStartLessThanOrderBySlotStart(Long stationId,
			Instant from, Instant to);

	List<Appointment> findBySlotStartGreaterThanEqualAndSlotStartLessThanOrderBySlotStart(Instant from, Instant to);

}
