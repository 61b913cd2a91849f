package org.stationops.incidents.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.stationops.incidents.IncidentService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * CSV upload of a 110 export: every row is checked first; with any bad row nothing is
 * imported and the page lists the errors by line; otherwise every row is imported in one
 * transaction.
 */
@Controller
@RequestMapping("/incidents/import")
@PreAuthorize(IncidentController.WRITERS)
class IncidentImportController {

	private final IncidentCsvImport csv;

	private final IncidentService incidents;

	private final Clock clock;

	IncidentImportController(IncidentCsvImport csv, IncidentService incidents, Clock clock) {
		this.csv = csv;
		this.incidents = incidents;
		this.clock = clock;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("columns", IncidentCsvImport.COLUMNS);
		return "incidents/import";
	}

	@PostMapping
	String upload(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam("file") @Nullable MultipartFile file,
			Locale locale, Model model, RedirectAttributes redirect) throws IOException {
		model.addAttribute("columns", IncidentCsvImport.COLUMNS);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "incidents.import.noFile");
			return "incidents/import";
		}
		IncidentCsvImport.Result result;
		String text = new String(file.getBytes(), StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		try (Reader reader = new StringReader(text)) {
			result = this.csv.check(me, reader, this.clock.getZone(), locale);
		}
		if (!result.valid()) {
			model.addAttribute("errors", result.errors());
			return "incidents/import";
		}
		try {
			this.incidents.registerAll(me.scope(), result.rows(), me.username());
		}
		catch (RuleViolationException ex) {
			model.addAttribute("fileError", ex.getCode());
			return "incidents/import";
		}
		redirect.addFlashAttribute("message", "incidents.import.done");
		redirect.addFlashAttribute("importedCount", result.rows().size());
		return "redirect:/incidents";
	}

}
