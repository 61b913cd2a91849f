package org.stationops.analysis.web;

import org.stationops.analysis.DailyBriefService;
import org.stationops.analysis.DailyBriefStore;
import org.stationops.audit.AuditService;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.Pages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The stored daily briefs of the user's station (or of every station for the bureau) and
 * their PDFs.
 */
@Controller
@RequestMapping("/reports/briefs")
class DailyBriefController {

	private final DailyBriefService briefs;

	private final AuditService audit;

	DailyBriefController(DailyBriefService briefs, AuditService audit) {
		this.briefs = briefs;
		this.audit = audit;
	}

	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.briefs.list(me.scope(), Pages.of(page, 30)));
		return "analysis/briefs";
	}

	@GetMapping("/{id}.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable long id) {
		DailyBriefStore.BriefPdf brief = this.briefs.pdf(me.scope(), id);
		this.audit.record(me.stationId(), me.username(), AuditService.EXPORT, "daily-brief", id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("daily-brief-" + brief.day() + ".pdf").build().toString())
			.body(brief.pdf());
	}

}
