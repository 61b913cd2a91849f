package org.stationops.vessels.web;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.vessels.CrewService;
import org.stationops.vessels.VesselService;
import org.stationops.vessels.VesselTask;
import org.stationops.vessels.VesselTaskService;
import org.stationops.vessels.web.VesselWorkForms.CrewForm;
import org.stationops.vessels.web.VesselWorkForms.JointCheckForm;
import org.stationops.vessels.web.VesselWorkForms.LeaveForm;
import org.stationops.vessels.web.VesselWorkForms.OutreachForm;
import org.stationops.vessels.web.VesselWorkForms.StatusForm;
import org.stationops.vessels.web.VesselWorkForms.TaskForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.stationops.vessels.web.VesselWorkForms.text;

/**
 * The work on a vessel: status changes (a return checks the crew), crew signing on and
 * off, the joint check, crew outreach and closing tasks. A refused form comes back on the
 * vessel's page with the officer's input and the reasons.
 */
@Controller
@RequestMapping("/vessels/{id:\\d+}")
class VesselActionController {

	private final VesselService vessels;

	private final CrewService crew;

	private final VesselTaskService tasks;

	private final VesselPage page;

	VesselActionController(VesselService vessels, CrewService crew, VesselTaskService tasks, VesselPage page) {
		this.vessels = vessels;
		this.crew = crew;
		this.tasks = tasks;
		this.page = page;
	}

	@PostMapping("/status")
	String changeStatus(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("statusForm") StatusForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return run(me, id, result, model, () -> {
			List<VesselTask> opened = this.vessels.changeStatus(me.scope(), id, version(form.version()),
					Objects.requireNonNull(form.target()), Objects.requireNonNull(form.on()), text(form.note()),
					me.displayName());
			redirect.addFlashAttribute("message", "vessels.status.changed");
			redirect.addFlashAttribute("matches", opened.size());
		});
	}

	@PostMapping("/crew")
	String signOn(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("crewForm") CrewForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return run(me, id, result, model, () -> {
			this.crew.signOn(me.scope(), id, form.toDetails(), Objects.requireNonNull(form.joinedOn()));
			redirect.addFlashAttribute("message", "vessels.crew.signedOn");
		});
	}

	@PostMapping("/crew/{crewId:\\d+}/leave")
	String signOff(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @PathVariable Long crewId,
			@Valid @ModelAttribute("leaveForm") LeaveForm form, BindingResult result, RedirectAttributes redirect) {
		return verb(id, result, redirect, "vessels.crew.signedOff", () -> this.crew.signOff(me.scope(), id, crewId,
				version(form.version()), Objects.requireNonNull(form.leftOn())));
	}

	@PostMapping("/joint-checks")
	String recordJointCheck(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("jointCheckForm") JointCheckForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return run(me, id, result, model, () -> {
			this.vessels.recordJointCheck(me.scope(), id, version(form.version()),
					Objects.requireNonNull(form.checkedOn()), text(form.borderInspection()), text(form.ownerParty()),
					text(form.dock()), text(form.notes()), me.displayName());
			redirect.addFlashAttribute("message", "vessels.jointCheck.recorded");
		});
	}

	@PostMapping("/outreach")
	String recordOutreach(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("outreachForm") OutreachForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return run(me, id, result, model, () -> {
			this.vessels.recordOutreach(me.scope(), id, version(form.version()), Objects.requireNonNull(form.kind()),
					Objects.requireNonNull(form.heldOn()), Objects.requireNonNull(form.headcount()), text(form.topic()),
					text(form.notes()));
			redirect.addFlashAttribute("message", "vessels.outreach.recorded");
		});
	}

	@PostMapping("/tasks/{taskId:\\d+}/done")
	String completeTask(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @PathVariable Long taskId,
			@Valid @ModelAttribute("taskForm") TaskForm form, BindingResult result, RedirectAttributes redirect) {
		return verb(id, result, redirect, "vessels.task.done", () -> this.tasks.complete(me.scope(), id, taskId,
				version(form.version()), text(form.outcome()), me.displayName()));
	}

	private String run(OfficerPrincipal me, Long id, BindingResult result, Model model, Runnable verb) {
		if (result.getTarget() == null) {
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + result.getObjectName());
			model.asMap().remove(result.getObjectName());
			model.addAttribute("unreadableForm", true);
		}
		else if (!result.hasErrors()) {
			try {
				verb.run();
				return "redirect:/vessels/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return this.page.detail(model, me.scope(), id);
	}

	private static String verb(Long id, BindingResult result, RedirectAttributes redirect, String message,
			Supplier<?> verb) {
		if (result.getTarget() == null || result.hasErrors()) {
			redirect.addFlashAttribute("actionError", "vessels.form.incomplete");
			return "redirect:/vessels/" + id;
		}
		try {
			verb.get();
			redirect.addFlashAttribute("message", message);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("actionError", ex.getCode());
		}
		return "redirect:/vessels/" + id;
	}

	private static long version(Long version) {
		return Objects.requireNonNullElse(version, -1L);
	}

}
