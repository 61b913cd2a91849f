package org.stationops.analysis.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.analysis.Screen;
import org.stationops.analysis.ScreenService;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.ReadOnlyPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The station's one screen (一屏) for the command room and the station head, and the
 * bureau's side-by-side comparison of stations. Each page has a fragment endpoint that
 * its script polls to refresh the figures in place.
 */
@Controller
@RequestMapping("/screen")
class ScreenController {

	private final ScreenService screens;

	ScreenController(ScreenService screens) {
		this.screens = screens;
	}

	@ReadOnlyPage
	@GetMapping
	String show(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) @Nullable Long station,
			Model model) {
		addOne(me, station, model);
		return "analysis/screen";
	}

	@ReadOnlyPage
	@GetMapping("/figures")
	String figures(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) @Nullable Long station,
			Model model) {
		addOne(me, station, model);
		return "analysis/screen :: figures";
	}

	@ReadOnlyPage
	@GetMapping("/compare")
	String compare(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @Nullable List<Long> stations, Model model) {
		addCompare(me, stations, model);
		return "analysis/screen-compare";
	}

	@ReadOnlyPage
	@GetMapping("/compare/figures")
	String compareFigures(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @Nullable List<Long> stations, Model model) {
		addCompare(me, stations, model);
		return "analysis/screen-compare :: table";
	}

	private void addOne(OfficerPrincipal me, @Nullable Long station, Model model) {
		Screen screen = this.screens.one(me.scope(), station);
		model.addAttribute("screen", screen);
		model.addAttribute("s", screen.isEmpty() ? null : screen.screens().get(0));
		model.addAttribute("bureau", me.scope().isBureau());
	}

	private void addCompare(OfficerPrincipal me, @Nullable List<Long> stations, Model model) {
		Screen screen = this.screens.compare(me.scope(), (stations != null) ? stations : List.of());
		model.addAttribute("screen", screen);
		model.addAttribute("bureau", me.scope().isBureau());
		model.addAttribute("selected", screen.screens().stream().map(x -> x.stationId()).toList());
	}

}
