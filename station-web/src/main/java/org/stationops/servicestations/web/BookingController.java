package org.stationops.servicestations.web;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.Appointment;
import org.stationops.servicestations.BookableService;
import org.stationops.servicestations.BookingService;
import org.stationops.servicestations.ServiceStation;
import org.stationops.shared.NotFoundException;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.stationops.shared.Scope;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Public appointments at service stations, no login: pick a station, a service and a
 * slot; get a reference and a query code to see the progress or cancel. Every submission
 * is rate-limited per client address (429 page).
 */
@Controller
@RequestMapping("/book")
class BookingController {

	private final BookingService bookings;

	private final StationService stations;

	private final BookingRateLimiter limiter;

	BookingController(BookingService bookings, StationService stations, BookingRateLimiter limiter) {
		this.bookings = bookings;
		this.stations = stations;
		this.limiter = limiter;
	}

	@GetMapping
	String start(@RequestParam(required = false) @Nullable Long serviceStation, Model model) {
		model.addAttribute("choices", this.bookings.bookableStations());
		model.addAttribute("policeStations",
				this.stations.visibleStations(Scope.bureau())
					.stream()
					.collect(Collectors.toMap(Station::getId, Station::getName)));
		if (serviceStation != null) {
			try {
				model.addAttribute("chosen", this.bookings.bookable(serviceStation));
				model.addAttribute("slots", this.bookings.slots(serviceStation));
			}
			catch (NotFoundException ex) {
				model.addAttribute("chosen", null);
			}
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", BookingForm.empty(serviceStation));
		}
		model.addAttribute("services", BookableService.values());
		return "servicestations/book";
	}

	@PostMapping
	String book(@Valid @ModelAttribute("form") BookingForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (!this.limiter.tryAttempt(request.getRemoteAddr())) {
			return limited(response);
		}
		if (UnreadableForms.replaceIfUnreadable(result, model, BookingForm.empty(null))) {
			return start(null, model);
		}
		if (!result.hasErrors()) {
			try {
				Appointment booked = book(form);
				redirect.addFlashAttribute("booked", Map.of("reference", booked.getReference(), "queryCode",
						booked.getQueryCode(), "slot", booked.getSlotStart()));
				return "redirect:/book/done";
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
			catch (NotFoundException ex) {
				result.rejectValue("serviceStationId", "servicestations.booking.noSuchStation");
			}
		}
		return start(form.serviceStationId(), model);
	}

	/**
	 * Books once per form key: the same key sent twice at the same moment fails on the
	 * key's unique index for one of them, which then shows the booking the other made.
	 */
	private Appointment book(BookingForm form) {
		try {
			return this.bookings.book(form.toRequest(), form.key());
		}
		catch (DataIntegrityViolationException ex) {
			String key = form.key();
			if (key == null) {
				throw ex;
			}
			return this.bookings.findBySubmissionKey(key).orElseThrow(() -> ex);
		}
	}

	@GetMapping("/done")
	String done(Model model) {
		if (!model.containsAttribute("booked")) {
			return "redirect:/book/status";
		}
		model.addAttribute("zone", this.bookings.zone());
		return "servicestations/book-done";
	}

	@GetMapping("/status")
	String statusForm() {
		return "servicestations/book-status";
	}

	@PostMapping("/status")
	String status(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String queryCode,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!this.limiter.tryAttempt(request.getRemoteAddr())) {
			return limited(response);
		}
		model.addAttribute("reference", reference);
		this.bookings.lookup(reference, queryCode)
			.ifPresentOrElse(a -> show(a, queryCode, model), () -> model.addAttribute("notFound", true));
		return "servicestations/book-status";
	}

	@PostMapping("/cancel")
	String cancel(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String queryCode,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!this.limiter.tryAttempt(request.getRemoteAddr())) {
			return limited(response);
		}
		model.addAttribute("reference", reference);
		try {
			show(this.bookings.cancel(reference, queryCode), queryCode, model);
			model.addAttribute("cancelled", true);
		}
		catch (NotFoundException ex) {
			model.addAttribute("notFound", true);
		}
		catch (RuleViolationException ex) {
			this.bookings.lookup(reference, queryCode).ifPresent(a -> show(a, queryCode, model));
			model.addAttribute("refusal", ex.getCode());
		}
		return "servicestations/book-status";
	}

	private void show(Appointment appointment, String queryCode, Model model) {
		ServiceStation at = this.bookings.bookableOrAny(appointment.getServiceStationId());
		model.addAttribute("appointment", appointment);
		model.addAttribute("serviceStationName", at.getName());
		model.addAttribute("queryCode", queryCode);
		model.addAttribute("zone", this.bookings.zone());
	}

	private static String limited(HttpServletResponse response) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", "600");
		return "servicestations/book-limited";
	}

}
