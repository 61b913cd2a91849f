package org.stationops.servicestations.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.stationops.servicestations.AppointmentLedger;
import org.springframework.stereotype.Repository;

/**
 * Slot counters in {@code appointment_slots}. A reservation is one statement: the insert
 * of a slot's first booking, or on conflict an increment guarded by
 * {@code booked < places}; a concurrent booking of the same slot waits for the row lock
 * and then sees the incremented count. The check constraint {@code booked <= places}
 * backs it.
 */
@Repository
class SqlAppointmentLedger implements AppointmentLedger {

	private final EntityManager entityManager;

	SqlAppointmentLedger(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public boolean reserve(Long serviceStationId, Instant slotStart, int places) {
		return this.entityManager.createNativeQuery("""
				insert into appointment_slots (service_station_id, slot_start, places, booked)
				values (:station, :start, :places, 1)
				on conflict (service_station_id, slot_start) do update
				   set booked = appointment_slots.booked + 1, places = excluded.places
				 where appointment_slots.booked < excluded.places""")
			.setParameter("station", serviceStationId)
			.setParameter("start", Timestamp.from(slotStart))
			.setParameter("places", places)
			.executeUpdate() == 1;
	}

	@Override
	public void release(Long serviceStationId, Instant slotStart) {
		this.entityManager.createNativeQuery("""
				update appointment_slots set booked = booked - 1
				 where service_station_id = :station and slot_start = :start and booked > 0""")
			.setParameter("station", serviceStationId)
			.setParameter("start", Timestamp.from(slotStart))
			.executeUpdate();
	}

	@Override
	public Map<Instant, Integer> booked(Long serviceStationId, Instant from, Instant to) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = this.entityManager.createNativeQuery("""
				select slot_start, booked from appointment_slots
				 where service_station_id = :station and slot_start >= :from and slot_start < :to""")
			.setParameter("station", serviceStationId)
			.setParameter("from", Timestamp.from(from))
			.setParameter("to", Timestamp.from(to))
			.getResultList();
		Map<Instant, Integer> booked = new HashMap<>();
		for (Object[] row : rows) {
			booked.put(instant(row[0]), ((Number) row[1]).intValue());
		}
		return booked;
	}

	@Override
	public long nextReferenceNumber() {
		return ((Number) this.entityManager.createNativeQuery("select nextval('appointment_reference_seq')")
			.getSingleResult()).longValue();
	}

	static Instant instant(Object value) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof java.time.OffsetDateTime odt) {
			return odt.toInstant();
		}
		throw new IllegalStateException("Unexpected time value " + value.getClass());
	}

}
