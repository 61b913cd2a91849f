package org.stationops.incidents.web;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.stationops.incidents.HandlingGuide;
import org.stationops.incidents.HandlingGuideService;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentStatus;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What officers record on an incident's detail page: the handling-guide path taken,
 * progress notes (optionally public), the disposition and the completed transfer.
 */
@Controller
@RequestMapping("/incidents/{id}")
@PreAuthorize(IncidentController.WRITERS)
class IncidentActionController {

	private final IncidentService incidents;

	private final HandlingGuideService guides;

	private final Clock clock;

	IncidentActionController(IncidentService incidents, HandlingGuideService guides, Clock clock) {
		this.incidents = incidents;
		this.guides = guides;
		this.clock = clock;
	}

	@PostMapping("/guide-path")
	String recordGuidePath(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@RequestParam(required = false) @Nullable List<Integer> step, RedirectAttributes redirect) {
		Incident incident = this.incidents.get(me.scope(), id);
		HandlingGuide guide = this.guides.forCategory(incident.getCategoryCode())
			.orElseThrow(() -> new RuleViolationException("incidents.guide.none"));
		List<HandlingGuide.Step> steps = guide.getSteps();
		String path = String.join("\n",
				((step != null) ? step : List.<Integer>of()).stream()
					.filter(i -> i >= 0 && i < steps.size())
					.distinct()
					.sorted()
					.map(i -> steps.get(i).asText())
					.toList());
		if (path.isBlank()) {
			redirect.addFlashAttribute("message", "incidents.guide.pickOne");
			return "redirect:/incidents/" + id;
		}
		this.incidents.recordGuidePath(me.scope(), id, path);
		redirect.addFlashAttribute("message", "incidents.guide.recorded");
		return "redirect:/incidents/" + id;
	}

	@PostMapping("/notes")
	String addNote(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "false") boolean shownToReporter,
			RedirectAttributes redirect) {
		if (text.length() > 1000) {
			throw new RuleViolationException("incidents.note.tooLong");
		}
		this.incidents.addNote(me.scope(), id, me.displayName(), text, shownToReporter, this.clock.instant());
		redirect.addFlashAttribute("message", "incidents.note.added");
		return "redirect:/incidents/" + id;
	}

	@PostMapping("/dispose")
	String dispose(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@RequestParam(required = false) @Nullable IncidentStatus disposition,
			@RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String transferUnit,
			RedirectAttributes redirect) {
		try {
			if (disposition == null) {
				throw new RuleViolationException("incidents.dispose.invalid");
			}
			if (note.length() > 1000 || transferUnit.length() > 100) {
				throw new RuleViolationException("incidents.note.tooLong");
			}
			this.incidents.dispose(me.scope(), id, disposition, note, transferUnit, "", me.officerId(),
					this.clock.instant());
		}
		catch (RuleViolationException ex) {
			// back to the incident with the message and what the officer entered
			redirect.addFlashAttribute("disposeError", ex.getCode());
			redirect.addFlashAttribute("disposeInput", new DisposeInput((disposition != null) ? disposition.name() : "",
					abbreviate(transferUnit, 100), abbreviate(note, 1000)));
			return "redirect:/incidents/" + id + "#disposition";
		}
		redirect.addFlashAttribute("message", "incidents.disposed");
		return "redirect:/incidents/" + id;
	}

	/**
	 * What the officer entered in a refused disposition.
	 */
	record DisposeInput(String disposition, String transferUnit, String note) implements java.io.Serializable {

	}

	private static String abbreviate(String text, int max) {
		return (text.length() > max) ? text.substring(0, max) : text;
	}

	@PostMapping("/transfer-completed")
	String completeTransfer(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			RedirectAttributes redirect) {
		this.incidents.completeTransfer(me.scope(), id, this.clock.instant());
		redirect.addFlashAttribute("message", "incidents.transfer.completed");
		return "redirect:/incidents/" + Objects.requireNonNull(id);
	}

}
