package org.stationops.servicestations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.Appointment;
import org.stationops.servicestations.BookingService;
import org.stationops.servicestations.BookingService.AppointmentStep;
import org.stationops.servicestations.ServiceStationService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's day list of appointments: handle on the spot, take back (带回代办) and
 * complete later, or record a no-show.
 */
@Controller
@RequestMapping("/service-stations/appointments")
class AppointmentController {

	private final BookingService bookings;

	private final ServiceStationService serviceStations;

	private final Clock clock;

	AppointmentController(BookingService bookings, ServiceStationService serviceStations, Clock clock) {
		this.bookings = bookings;
		this.serviceStations = serviceStations;
		this.clock = clock;
	}

	@GetMapping
	String day(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			Model model) {
		LocalDate day = (date != null) ? date : LocalDate.now(this.clock);
		List<Appointment> appointments = this.bookings.dayList(me.scope(), day);
		model.addAttribute("date", day);
		model.addAttribute("appointments", appointments);
		model.addAttribute("names", this.serviceStations.names(me.scope(),
				appointments.stream().map(Appointment::getServiceStationId).distinct().toList()));
		model.addAttribute("zone", this.clock.getZone());
		return "servicestations/appointments";
	}

	@PostMapping("/{id}/{step}")
	@PreAuthorize(ServiceStationController.WRITERS)
	String record(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @PathVariable String step,
			@RequestParam long version, @RequestParam(defaultValue = "") String outcome, RedirectAttributes redirect) {
		AppointmentStep which = switch (step) {
			case "handle" -> AppointmentStep.HANDLE;
			case "take-back" -> AppointmentStep.TAKE_BACK;
			case "complete" -> AppointmentStep.COMPLETE;
			case "no-show" -> AppointmentStep.NO_SHOW;
			default -> throw org.stationops.servicestations.ServiceStationNotFoundException.forId(step);
		};
		Appointment appointment = this.bookings.get(me.scope(), id);
		try {
			this.bookings.record(me.scope(), id, version, which,
					(outcome.length() > 500) ? outcome.substring(0, 500) : outcome, me.username());
			redirect.addFlashAttribute("message", "servicestations.appointment.recorded");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("actionError", ex.getCode());
		}
		LocalDate day = LocalDate.ofInstant(appointment.getSlotStart(), this.clock.getZone());
		return "redirect:/service-stations/appointments?date=" + day;
	}

}
