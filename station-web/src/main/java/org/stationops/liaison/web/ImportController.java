package org.stationops.liaison.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stationops.shared.SpreadsheetText;
import org.stationops.shared.CreditCodes;
import org.stationops.liaison.EnterpriseImportService;
import org.stationops.liaison.ImportPreview;
import org.stationops.liaison.LiaisonNotFoundException;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Controller
@RequestMapping("/liaison/import")
@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
class ImportController {

	private final EnterpriseImportService imports;

	private final ImportJobs jobs;

	private final MessageSource messages;

	ImportController(EnterpriseImportService imports, ImportJobs jobs, MessageSource messages) {
		this.imports = imports;
		this.jobs = jobs;
		this.messages = messages;
	}

	@GetMapping
	String showUpload() {
		return "liaison/import";
	}

	@PostMapping
	String upload(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) MultipartFile file,
			Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("error", "liaison.import.noFile");
			return "liaison/import";
		}
		String filename = (file.getOriginalFilename() == null) ? "" : file.getOriginalFilename();
		try {
			byte[] content = file.getBytes();
			List<Map<String, String>> rows = ImportFiles.read(filename, new ByteArrayInputStream(content));
			ImportPreview preview = this.imports.preview(me.scope(), rows);
			ImportJobs.Job job = this.jobs.create(me.username(), me.scope(), filename, content, preview);
			return "redirect:/liaison/import/" + job.getId();
		}
		catch (RuleViolationException ex) {
			model.addAttribute("error", ex.getCode());
			model.addAttribute("errorArgs", ex.getArguments());
			return "liaison/import";
		}
	}

	@GetMapping("/{id}")
	String preview(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable String id, Model model) {
		ImportJobs.Job job = job(me, id);
		model.addAttribute("job", job);
		List<ImportPreview.Row> problems = job.getPreview().problemRows();
		model.addAttribute("problems", problems.subList(0, Math.min(200, problems.size())));
		return "liaison/import-preview";
	}

	@PostMapping("/{id}/run")
	String run(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable String id) {
		ImportJobs.Job job = job(me, id);
		job.getPreview().requireImportable();
		this.jobs.start(job);
		return "redirect:/liaison/import/" + id;
	}

	@GetMapping("/{id}/status")
	String status(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable String id, Model model) {
		model.addAttribute("job", job(me, id));
		return "liaison/import-preview :: progress";
	}

	@GetMapping("/{id}/errors.csv")
	ResponseEntity<byte[]> errorReport(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable String id,
			Locale locale) throws IOException {
		ImportJobs.Job job = job(me, id);
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			csv.printRecord(SpreadsheetText.cells(msg("liaison.import.report.line", locale),
					msg("liaison.import.report.name", locale), msg("liaison.import.report.creditCode", locale),
					msg("liaison.import.report.column", locale), msg("liaison.import.report.severity", locale),
					msg("liaison.import.report.problem", locale)));
			for (ImportPreview.Row row : job.getPreview().problemRows()) {
				for (ImportPreview.Problem p : row.errors()) {
					csv.printRecord(SpreadsheetText.cells(row.line(), row.name(), row.creditCode(), p.column(),
							msg("liaison.import.report.error", locale),
							this.messages.getMessage(p.code(), p.arguments(), p.code(), locale)));
				}
				for (ImportPreview.Problem p : row.warnings()) {
					csv.printRecord(SpreadsheetText.cells(row.line(), row.name(), row.creditCode(), p.column(),
							msg("liaison.import.report.warning", locale),
							this.messages.getMessage(p.code(), p.arguments(), p.code(), locale)));
				}
			}
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("import-errors.csv").build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> template() {
		String csv = "\uFEFF" + String.join(",", EnterpriseImportService.COLUMNS) + "\n" + "COMPANY,示例科技有限公司,"
				+ CreditCodes.complete("91310112MA1GB0001")
				+ ",软件,梅陇镇示例路1号,梅陇商务区,示例大厦,12F-1201,张三,,,,,,2026-01-01,2027-12-31,35,B,2026-01-05,LOW\n";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("enterprises-template.csv").build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	private String msg(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

	private ImportJobs.Job job(OfficerPrincipal me, String id) {
		ImportJobs.Job job = this.jobs.find(id, me.username());
		if (job == null) {
			throw LiaisonNotFoundException.forId("import", -1L);
		}
		return job;
	}

}
