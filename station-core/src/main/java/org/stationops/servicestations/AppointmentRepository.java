package org.stationops.servicestations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.stationops.shared.Scope;

/**
 * Port for appointments.
 */
public interface AppointmentRepository {

	Appointment saveAndFlush(Appointment appointment);

	Optional<Appointment> findById(Long id);

	default Optional<Appointment> findInScope(Scope scope, Long id) {
		return findById(id).filter(a -> scope.allows(a.getStationId()));
	}

	Optional<Appointment> findByReference(String reference);

	Optional<Appointment> findBySubmissionKey(String submissionKey);

	List<Appointment> findByStationIdAndSlotStartGreaterThanEqualAndSlotStartLessThanOrderBySlotStart(Long stationId,
			Instant from, Instant to);

	List<Appointment> findBySlotStartGreaterThanEqualAndSlotStartLessThanOrderBySlotStart(Instant from, Instant to);

}
