package org.stationops.youth.web;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.youth.YouthGroup;
import org.stationops.youth.YouthReader;
import org.stationops.youth.YouthService;
import org.stationops.youth.web.GroupForms.CloseForm;
import org.stationops.youth.web.GroupForms.MeetingForm;
import org.stationops.youth.web.GroupForms.MemberForm;
import org.stationops.youth.web.GroupForms.PlanForm;
import org.stationops.youth.web.GroupForms.ReviewForm;
import org.stationops.youth.web.GroupForms.VisitForm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.stationops.youth.web.GroupForms.text;

/**
 * The work on a minor's file: members, plan, meetings, visits, review and closure. A
 * refused form comes back on the file with the officer's input and the reasons.
 */
@Controller
@RequestMapping("/youth/{id}")
@PreAuthorize(YouthController.WRITERS)
class YouthWorkController {

	private final YouthService youth;

	private final YouthPage page;

	YouthWorkController(YouthService youth, YouthPage page) {
		this.youth = youth;
		this.page = page;
	}

	@PostMapping("/members")
	String addMember(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("memberForm") MemberForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return run(me, id, result, model, redirect, "youth.member.added", Map.of(),
				() -> this.youth.addMember(reader(me), id, version(form.version()), Objects.requireNonNull(form.role()),
						text(form.name()), text(form.phone()), text(form.organisation())));
	}

	@PostMapping("/plan")
	String setPlan(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("planForm") PlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return run(me, id, result, model, redirect, "youth.plan.saved", Map.of(),
				() -> this.youth.setPlan(reader(me), id, version(form.version()), text(form.plan())));
	}

	@PostMapping("/meetings")
	String recordMeeting(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return run(me, id, result, model, redirect, "youth.meeting.recorded", Map.of("on", "heldOn"),
				() -> this.youth.recordMeeting(reader(me), id, version(form.version()),
						Objects.requireNonNull(form.heldOn()), text(form.attendees()), text(form.minutes())));
	}

	@PostMapping("/visits")
	String recordVisit(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("visitForm") VisitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return run(me, id, result, model, redirect, "youth.visit.recorded", Map.of("on", "visitedOn"),
				() -> this.youth.recordVisit(reader(me), id, version(form.version()),
						Objects.requireNonNull(form.visitedOn()), text(form.place()),
						Objects.requireNonNull(form.outcome()), text(form.note())));
	}

	@PostMapping("/review")
	String review(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return run(me, id, result, model, redirect, "youth.review.recorded",
				Map.of("on", "reviewedOn", "note", "reviewNote"),
				() -> this.youth.review(reader(me), id, version(form.version()),
						Objects.requireNonNull(form.reviewedOn()), text(form.reviewNote()),
						Objects.requireNonNull(form.nextReviewOn())));
	}

	@PostMapping("/close")
	String close(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("closeForm") CloseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return run(me, id, result, model, redirect, "youth.closed.saved",
				Map.of("on", "closedOn", "note", "closingNote"),
				() -> this.youth.close(reader(me), id, version(form.version()), Objects.requireNonNull(form.reason()),
						text(form.closingNote()), Objects.requireNonNull(form.closedOn())));
	}

	private String run(OfficerPrincipal me, Long id, BindingResult result, Model model, RedirectAttributes redirect,
			String message, Map<String, String> fields, Supplier<YouthGroup> verb) {
		if (result.getTarget() == null) {
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + result.getObjectName());
			model.asMap().remove(result.getObjectName());
			model.addAttribute("unreadableForm", true);
			return this.page.detail(model, this.youth.read(reader(me), id));
		}
		if (!result.hasErrors()) {
			try {
				verb.get();
				redirect.addFlashAttribute("message", message);
				return "redirect:/youth/" + id;
			}
			catch (RuleViolationException ex) {
				String field = ex.getField();
				if (field != null) {
					result.rejectValue(fields.getOrDefault(field, field), ex.getCode(), ex.getArguments(),
							ex.getCode());
				}
				else {
					result.reject(ex.getCode(), ex.getArguments(), ex.getCode());
				}
			}
		}
		return this.page.detail(model, this.youth.read(reader(me), id));
	}

	private static YouthReader reader(OfficerPrincipal me) {
		return YouthReaders.of(me);
	}

	private static long version(Long version) {
		return Objects.requireNonNullElse(version, -1L);
	}

}
