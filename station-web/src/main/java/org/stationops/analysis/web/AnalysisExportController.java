package org.stationops.analysis.web;

import java.util.Locale;
import java.util.Map;

import org.stationops.analysis.PeriodAnalysis;
import org.stationops.audit.AuditService;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.PdfRenderer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The analysis as XLSX and as a Chinese PDF, for supervisors; every export is audited.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'BUREAU_SUPERVISOR', 'ADMIN')")
class AnalysisExportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReportRequests page;

	private final AnalysisWorkbook workbook;

	private final PdfRenderer pdf;

	private final AuditService audit;

	AnalysisExportController(ReportRequests page, AnalysisWorkbook workbook, PdfRenderer pdf, AuditService audit) {
		this.page = page;
		this.workbook = workbook;
		this.pdf = pdf;
		this.audit = audit;
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal OfficerPrincipal me, @ModelAttribute AnalysisFilter filter,
			Locale locale) {
		PeriodAnalysis report = this.page.build(me, filter);
		return download(me, report, "xlsx", XLSX, this.workbook.of(report, locale));
	}

	@GetMapping("/export.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal OfficerPrincipal me, @ModelAttribute AnalysisFilter filter) {
		PeriodAnalysis report = this.page.build(me, filter);
		return download(me, report, "pdf", MediaType.APPLICATION_PDF,
				this.pdf.render("analysis/pdf", Map.of("report", report)));
	}

	private ResponseEntity<byte[]> download(OfficerPrincipal me, PeriodAnalysis report, String extension,
			MediaType type, byte[] body) {
		String name = "analysis-" + report.period().name().toLowerCase(Locale.ROOT) + "-"
				+ report.windows().current().from();
		this.audit.record(me.stationId(), me.username(), AuditService.EXPORT, "analysis", name + "." + extension);
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "." + extension).build().toString())
			.body(body);
	}

}
