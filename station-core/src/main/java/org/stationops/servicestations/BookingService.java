package org.stationops.servicestations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.incidents.ReceiptNumbers;
import org.stationops.officers.OfficerService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Office hours (驻站办公) and public appointments: the slots a resident can book, the booking
 * itself (capacity held by {@link AppointmentLedger}), the resident's view and
 * cancellation with reference and query code, and the officer's day list.
 */
@Service
@Transactional(readOnly = true)
public class BookingService {

	/** How far ahead a resident can book. */
	public static final int HORIZON_DAYS = 14;

	private final ServiceStationRepository serviceStations;

	private final OfficeHoursRepository officeHours;

	private final OfficeHourExceptionRepository exceptions;

	private final AppointmentRepository appointments;

	private final AppointmentLedger ledger;

	private final OfficerService officers;

	private final Clock clock;

	BookingService(ServiceStationRepository serviceStations, OfficeHoursRepository officeHours,
			OfficeHourExceptionRepository exceptions, AppointmentRepository appointments, AppointmentLedger ledger,
			OfficerService officers, Clock clock) {
		this.serviceStations = serviceStations;
		this.officeHours = officeHours;
		this.exceptions = exceptions;
		this.appointments = appointments;
		this.ledger = ledger;
		this.officers = officers;
		this.clock = clock;
	}

	public ZoneId zone() {
		return this.clock.getZone();
	}

	/**
	 * @return active service stations with office hours, for the public page.
	 */
	public List<ServiceStation> bookableStations() {
		return this.serviceStations.findBookable();
	}

	/**
	 * @return the bookable service station; a suspended one or one without office hours
	 * answers as not found.
	 */
	public ServiceStation bookable(Long serviceStationId) {
		return this.serviceStations.findById(serviceStationId)
			.filter(ServiceStation::isActive)
			.filter(s -> !this.officeHours.findByServiceStationIdOrderByDayOfWeekAscStartsAtAsc(serviceStationId)
				.isEmpty())
			.orElseThrow(() -> ServiceStationNotFoundException.forId(serviceStationId));
	}

	/**
	 * @return the service station of an appointment, suspended or not (the resident's
	 * view names it).
	 */
	public ServiceStation bookableOrAny(Long serviceStationId) {
		return this.serviceStations.findById(serviceStationId)
			.orElseThrow(() -> ServiceStationNotFoundException.forId(serviceStationId));
	}

	/**
	 * @return the slots from now to {@link #HORIZON_DAYS} days ahead, with places left.
	 */
	public List<Slot> slots(Long serviceStationId) {
		ServiceStation at = bookable(serviceStationId);
		LocalDateTime now = LocalDateTime.now(this.clock);
		LocalDate today = now.toLocalDate();
		ZoneId zone = this.clock.getZone();
		Map<Instant, Integer> booked = this.ledger.booked(at.getId(), today.atStartOfDay(zone).toInstant(),
				today.plusDays(HORIZON_DAYS + 1).atStartOfDay(zone).toInstant());
		List<LocalDate> closed = this.exceptions
			.findByServiceStationIdAndOnDateGreaterThanEqualOrderByOnDate(serviceStationId, today)
			.stream()
			.map(OfficeHourException::getOnDate)
			.toList();
		List<OfficeHours> hours = this.officeHours
			.findByServiceStationIdOrderByDayOfWeekAscStartsAtAsc(serviceStationId);
		List<Slot> slots = new ArrayList<>();
		for (LocalDate day = today; !day.isAfter(today.plusDays(HORIZON_DAYS)); day = day.plusDays(1)) {
			if (closed.contains(day)) {
				continue;
			}
			for (OfficeHours h : hours) {
				if (h.getDayOfWeek() != day.getDayOfWeek()) {
					continue;
				}
				for (LocalTime t : h.slotStarts()) {
					LocalDateTime start = day.atTime(t);
					if (start.isAfter(now)) {
						int taken = booked.getOrDefault(start.atZone(zone).toInstant(), 0);
						slots.add(new Slot(start, h.getOfficerId(), h.getPlacesPerSlot(),
								Math.max(0, h.getPlacesPerSlot() - taken)));
					}
				}
			}
		}
		slots.sort(Comparator.comparing(Slot::start));
		return slots;
	}

	/**
	 * Books a place. Refuses a slot that is not one of the station's, lies in the past or
	 * beyond the horizon, or is full, the last also when another resident took the last
	 * place a moment earlier.
	 */
	@Transactional
	public Appointment book(BookingRequest request) {
		return book(request, null);
	}

	/**
	 * Books as {@link #book(BookingRequest)}; a second call with the same
	 * {@code submissionKey} (a double-clicked submit) returns the first booking and takes
	 * no second place. Two such calls at the same moment: one books, the other fails on
	 * the key's unique index and rolls back its place; the caller then finds the first
	 * with {@link #findBySubmissionKey(String)}.
	 * @param submissionKey the key the form generated once, or {@literal null}.
	 */
	@Transactional
	public Appointment book(BookingRequest request, @Nullable String submissionKey) {
		if (submissionKey != null) {
			Optional<Appointment> earlier = this.appointments.findBySubmissionKey(submissionKey);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		ServiceStation at = bookable(request.serviceStationId());
		LocalDateTime now = LocalDateTime.now(this.clock);
		if (!request.slot().isAfter(now)) {
			throw RuleViolationException.onField("slot", "servicestations.booking.pastSlot");
		}
		if (request.slot().toLocalDate().isAfter(now.toLocalDate().plusDays(HORIZON_DAYS))) {
			throw RuleViolationException.onField("slot", "servicestations.booking.beyondHorizon", HORIZON_DAYS);
		}
		if (this.exceptions.existsByServiceStationIdAndOnDate(at.getId(), request.slot().toLocalDate())) {
			throw RuleViolationException.onField("slot", "servicestations.booking.dayClosed");
		}
		OfficeHours hours = this.officeHours.findByServiceStationIdOrderByDayOfWeekAscStartsAtAsc(at.getId())
			.stream()
			.filter(h -> h.getDayOfWeek() == request.slot().getDayOfWeek()
					&& h.slotStarts().contains(request.slot().toLocalTime()))
			.findFirst()
			.orElseThrow(() -> RuleViolationException.onField("slot", "servicestations.booking.noSuchSlot"));
		Instant start = request.slot().atZone(this.clock.getZone()).toInstant();
		if (!this.ledger.reserve(at.getId(), start, hours.getPlacesPerSlot())) {
			throw RuleViolationException.onField("slot", "servicestations.booking.full");
		}
		String reference = "YY" + now.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE).substring(2) + "-"
				+ String.format("%05d", this.ledger.nextReferenceNumber() % 100_000);
		return this.appointments.saveAndFlush(new Appointment(at, hours.getOfficerId(), start, request, reference,
				ReceiptNumbers.newQueryCode(), this.clock.instant(), submissionKey));
	}

	public Optional<Appointment> findBySubmissionKey(String submissionKey) {
		return this.appointments.findBySubmissionKey(submissionKey);
	}

	/**
	 * @return the appointment when reference and query code match; any miss is empty.
	 */
	public Optional<Appointment> lookup(String reference, String queryCode) {
		if (reference.length() > 20 || queryCode.length() > 12) {
			return Optional.empty();
		}
		return this.appointments.findByReference(reference.trim().toUpperCase(java.util.Locale.ROOT))
			.filter(a -> a.matchesQueryCode(queryCode));
	}

	/**
	 * The resident cancels and the place returns to the slot.
	 */
	@Transactional
	public Appointment cancel(String reference, String queryCode) {
		Appointment appointment = lookup(reference, queryCode)
			.orElseThrow(() -> ServiceStationNotFoundException.forId(reference));
		appointment.cancel(this.clock.instant());
		this.ledger.release(appointment.getServiceStationId(), appointment.getSlotStart());
		return this.appointments.saveAndFlush(appointment);
	}

	/**
	 * @return the day's appointments in the caller's scope, by slot.
	 */
	public List<Appointment> dayList(Scope scope, LocalDate day) {
		Instant from = day.atStartOfDay(this.clock.getZone()).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant();
		return scope.stationFilter()
			.map(id -> this.appointments
				.findByStationIdAndSlotStartGreaterThanEqualAndSlotStartLessThanOrderBySlotStart(id, from, to))
			.orElseGet(() -> this.appointments.findBySlotStartGreaterThanEqualAndSlotStartLessThanOrderBySlotStart(from,
					to));
	}

	public Appointment get(Scope scope, Long id) {
		return this.appointments.findInScope(id, scope).orElseThrow(() -> ServiceStationNotFoundException.forId(id));
	}

	/**
	 * Records what the officer did: handled on the spot, taken back, completed later, or
	 * a no-show.
	 */
	@Transactional
	public Appointment record(Scope scope, Long id, long expectedVersion, AppointmentStep step, String text,
			String username) {
		Appointment appointment = get(scope, id);
		if (appointment.getVersion() != expectedVersion) {
			throw new RuleViolationException("servicestations.edit.conflict");
		}
		Instant now = this.clock.instant();
		String outcome = text.trim();
		switch (step) {
			case HANDLE -> appointment.handle(outcome, now, username);
			case TAKE_BACK -> appointment.takeBack(outcome, now, username);
			case COMPLETE -> appointment.complete(outcome, now, username);
			case NO_SHOW -> appointment.markNoShow(now, username);
		}
		return this.appointments.saveAndFlush(appointment);
	}

	/**
	 * The officer's steps on an appointment.
	 */
	public enum AppointmentStep {

		HANDLE, TAKE_BACK, COMPLETE, NO_SHOW

	}

	public List<OfficeHours> officeHours(Scope scope, Long serviceStationId) {
		requireInScope(scope, serviceStationId);
		return this.officeHours.findByServiceStationIdOrderByDayOfWeekAscStartsAtAsc(serviceStationId);
	}

	public List<OfficeHourException> exceptions(Scope scope, Long serviceStationId) {
		requireInScope(scope, serviceStationId);
		return this.exceptions.findByServiceStationIdAndOnDateGreaterThanEqualOrderByOnDate(serviceStationId,
				LocalDate.now(this.clock));
	}

	/**
	 * Adds weekly office hours for an active officer of the station; refuses hours that
	 * overlap others on the same day.
	 */
	@Transactional
	public OfficeHours addOfficeHours(Scope scope, Long serviceStationId, Long officerId, java.time.DayOfWeek day,
			LocalTime startsAt, LocalTime endsAt, int slotMinutes, int placesPerSlot) {
		ServiceStation at = requireInScope(scope, serviceStationId);
		if (this.officers.activeAt(at.getStationId()).stream().noneMatch(o -> officerId.equals(o.getId()))) {
			throw RuleViolationException.onField("officerId", "servicestations.officer.notAtStation");
		}
		if (this.officeHours.findByServiceStationIdOrderByDayOfWeekAscStartsAtAsc(serviceStationId)
			.stream()
			.anyMatch(h -> h.overlaps(day, startsAt, endsAt))) {
			throw RuleViolationException.onField("startsAt", "servicestations.officeHours.overlap");
		}
		return this.officeHours
			.saveAndFlush(new OfficeHours(at, officerId, day, startsAt, endsAt, slotMinutes, placesPerSlot));
	}

	@Transactional
	public void removeOfficeHours(Scope scope, Long officeHoursId) {
		OfficeHours hours = this.officeHours.findInScope(officeHoursId, scope)
			.orElseThrow(() -> ServiceStationNotFoundException.forId(officeHoursId));
		this.officeHours.delete(hours);
	}

	/**
	 * Cancels the office hours of one day; appointments already booked stay for the
	 * officer to call off.
	 */
	@Transactional
	public OfficeHourException addException(Scope scope, Long serviceStationId, LocalDate day, String reason) {
		ServiceStation at = requireInScope(scope, serviceStationId);
		if (day.isBefore(LocalDate.now(this.clock))) {
			throw RuleViolationException.onField("day", "servicestations.exception.past");
		}
		if (reason.isBlank()) {
			throw RuleViolationException.onField("reason", "servicestations.exception.reasonRequired");
		}
		if (this.exceptions.existsByServiceStationIdAndOnDate(serviceStationId, day)) {
			throw RuleViolationException.onField("day", "servicestations.exception.duplicate");
		}
		return this.exceptions
			.saveAndFlush(new OfficeHourException(at.getStationId(), serviceStationId, day, reason.trim()));
	}

	private ServiceStation requireInScope(Scope scope, Long serviceStationId) {
		return this.serviceStations.findInScope(serviceStationId, scope)
			.orElseThrow(() -> ServiceStationNotFoundException.forId(serviceStationId));
	}

}
