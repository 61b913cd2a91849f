package org.stationops.servicestations.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.BookingService;
import org.stationops.servicestations.ServiceStationService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The verbs on a service station (suspend, reactivate, move a mobile room) and its office
 * hours. A refusal returns to the detail page with the reason.
 */
@Controller
@RequestMapping("/service-stations/{id}")
@PreAuthorize(ServiceStationController.WRITERS)
class ServiceStationActionController {

	private final ServiceStationService serviceStations;

	private final BookingService bookings;

	ServiceStationActionController(ServiceStationService serviceStations, BookingService bookings) {
		this.serviceStations = serviceStations;
		this.bookings = bookings;
	}

	@PostMapping("/suspend")
	String suspend(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return run(id, redirect, "servicestations.suspended",
				() -> this.serviceStations.suspend(me.scope(), id, version, limit(reason, 200)));
	}

	@PostMapping("/reactivate")
	String reactivate(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @RequestParam long version,
			RedirectAttributes redirect) {
		return run(id, redirect, "servicestations.reactivated",
				() -> this.serviceStations.reactivate(me.scope(), id, version));
	}

	@PostMapping("/move")
	String move(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @RequestParam long version,
			@RequestParam(required = false) @Nullable Double latitude,
			@RequestParam(required = false) @Nullable Double longitude, @RequestParam(defaultValue = "") String post,
			RedirectAttributes redirect) {
		if (latitude == null || longitude == null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
			redirect.addFlashAttribute("actionError", "servicestations.position.outOfRange");
			return "redirect:/service-stations/" + id;
		}
		return run(id, redirect, "servicestations.moved",
				() -> this.serviceStations.move(me.scope(), id, version, latitude, longitude, limit(post, 100)));
	}

	@PostMapping("/office-hours")
	String addOfficeHours(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@RequestParam(required = false) @Nullable Long officerId,
			@RequestParam(required = false) @Nullable DayOfWeek day,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime startsAt,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime endsAt,
			@RequestParam(defaultValue = "30") int slotMinutes, @RequestParam(defaultValue = "2") int placesPerSlot,
			RedirectAttributes redirect) {
		if (officerId == null || day == null || startsAt == null || endsAt == null) {
			redirect.addFlashAttribute("actionError", "servicestations.officeHours.incomplete");
			return "redirect:/service-stations/" + id;
		}
		return run(id, redirect, "servicestations.officeHours.added", () -> this.bookings.addOfficeHours(me.scope(), id,
				officerId, day, startsAt, endsAt, slotMinutes, placesPerSlot));
	}

	@PostMapping("/office-hours/{hoursId}/delete")
	String removeOfficeHours(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@PathVariable Long hoursId, RedirectAttributes redirect) {
		return run(id, redirect, "servicestations.officeHours.removed",
				() -> this.bookings.removeOfficeHours(me.scope(), hoursId));
	}

	@PostMapping("/exceptions")
	String addException(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		if (day == null) {
			redirect.addFlashAttribute("actionError", "servicestations.exception.dayRequired");
			return "redirect:/service-stations/" + id;
		}
		return run(id, redirect, "servicestations.exception.added",
				() -> this.bookings.addException(me.scope(), id, day, limit(reason, 200)));
	}

	private static String run(Long id, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", success);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("actionError", ex.getCode());
			redirect.addFlashAttribute("actionErrorArgs", ex.getArguments());
		}
		return "redirect:/service-stations/" + id;
	}

	private static String limit(String text, int max) {
		return (text.length() > max) ? text.substring(0, max) : text;
	}

}
