package org.stationops.patrol.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.stationops.incidents.IncidentService;
import org.stationops.patrol.PatrolPlan;
import org.stationops.patrol.PatrolPlanService;
import org.stationops.patrol.VideoOutcome;
import org.stationops.patrol.VideoPatrolService;
import org.stationops.servicestations.Camera;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.ReadOnlyPage;
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
 * The video patrol desk (视频巡逻) of a video plan: its cameras, each with a pass to record
 * (nothing seen, or a finding registered as an incident in one step), and the latest
 * passes.
 */
@Controller
@RequestMapping("/patrol/plans/{id}/video")
class VideoPatrolController {

	private final PatrolPlanService plans;

	private final VideoPatrolService video;

	private final IncidentService incidents;

	VideoPatrolController(PatrolPlanService plans, VideoPatrolService video, IncidentService incidents) {
		this.plans = plans;
		this.video = video;
		this.incidents = incidents;
	}

	@GetMapping
	@ReadOnlyPage
	String desk(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		return show(me, id, model);
	}

	/**
	 * Records one look. A refused look (a finding without a category, a camera taken off
	 * the plan) brings the desk back with the officer's choices and note on that camera
	 * and the reason, so nothing typed is lost.
	 */
	@PostMapping
	@PreAuthorize(PatrolUnitController.WRITERS)
	String record(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @RequestParam Long cameraId,
			@RequestParam(required = false) @Nullable VideoOutcome outcome,
			@RequestParam(defaultValue = "") String note, @RequestParam(required = false) @Nullable String categoryCode,
			Model model, RedirectAttributes redirect) {
		Look look = new Look(cameraId, (outcome != null) ? outcome : VideoOutcome.NOTHING,
				(note.length() > 2000) ? note.substring(0, 2000) : note, categoryCode);
		try {
			var pass = this.video.record(me.scope(), id, cameraId, look.outcome(), look.note(), categoryCode,
					me.username(), me.displayName());
			redirect.addFlashAttribute("message", "patrol.video.recorded");
			if (pass.getIncidentId() != null) {
				redirect.addFlashAttribute("findingIncidentId", pass.getIncidentId());
			}
			return "redirect:/patrol/plans/" + id + "/video#camera-" + cameraId;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("actionError", ex.getCode());
			model.addAttribute("actionErrorArguments", ex.getArguments());
			model.addAttribute("look", look);
			return show(me, id, model);
		}
	}

	private String show(OfficerPrincipal me, Long id, Model model) {
		PatrolPlan plan = this.plans.get(me.scope(), id);
		var cameras = this.video.cameras(me.scope(), plan);
		Map<Long, Camera> byId = cameras.stream().collect(Collectors.toMap(Camera::getId, c -> c));
		model.addAttribute("p", plan);
		model.addAttribute("cameras", cameras);
		model.addAttribute("camerasById", byId);
		model.addAttribute("passes", this.video.recent(me.scope(), id));
		model.addAttribute("outcomes", VideoOutcome.values());
		model.addAttribute("categories", this.incidents.categories().stream().filter(c -> !c.isTopLevel()).toList());
		return "patrol/video";
	}

	/**
	 * What the officer chose and typed for one camera, shown again after a refusal.
	 */
	record Look(Long cameraId, VideoOutcome outcome, String note, @Nullable String categoryCode) {

	}

}
