package org.stationops.liaison.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.stationops.audit.AuditService;
import org.stationops.liaison.EnterpriseService;
import org.stationops.liaison.LiaisonReportService;
import org.stationops.liaison.LiaisonReportService.LiaisonReport;
import org.stationops.liaison.LiaisonReportService.OfficerRow;
import org.stationops.liaison.VisitPurpose;
import org.stationops.shared.SpreadsheetText;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','BUREAU_SUPERVISOR')")
class ReportController {

	private final LiaisonReportService reports;

	private final EnterpriseService enterprises;

	private final AuditService audit;

	private final MessageSource messages;

	ReportController(LiaisonReportService reports, EnterpriseService enterprises, AuditService audit,
			MessageSource messages) {
		this.reports = reports;
		this.enterprises = enterprises;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/liaison/report")
	String report(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model, Locale locale) {
		LiaisonReport chosen;
		try {
			chosen = build(me, date(from), date(to));
		}
		catch (RuleViolationException ex) {
			// the period typed stays in the form with the reason; the figures are the
			// default
			// period's
			model.addAttribute("periodError", ex.getCode());
			model.addAttribute("fromInput", from);
			model.addAttribute("toInput", to);
			chosen = build(me, null, null);
		}
		LiaisonReport report = chosen;
		model.addAttribute("report", report);
		model.addAttribute("purposes", VisitPurpose.values());
		model.addAttribute("purposeLabels", String.join("|",
				java.util.Arrays.stream(VisitPurpose.values()).map(p -> msg("liaison.purpose." + p, locale)).toList()));
		model.addAttribute("purposeValues",
				String.join(",",
						java.util.Arrays.stream(VisitPurpose.values())
							.map(p -> String.valueOf(report.visitsByPurpose().getOrDefault(p, 0L)))
							.toList()));
		model.addAttribute("officerLabels",
				String.join("|", report.officers().stream().map(OfficerRow::name).toList()));
		model.addAttribute("officerValues", String.join(",",
				report.officers().stream().map(r -> String.valueOf(r.withinCadencePercent())).toList()));
		return "liaison/report";
	}

	@GetMapping("/liaison/report.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to, Locale locale)
			throws IOException {
		LiaisonReport report = build(me, from, to);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(msg("liaison.report.sheet.officers", locale));
			Row header = sheet.createRow(0);
			String[] columns = { "liaison.report.officer", "liaison.report.enterprises", "liaison.report.withinCadence",
					"liaison.report.withinCadencePercent", "liaison.report.overdue", "liaison.report.visits",
					"liaison.report.tickets", "liaison.report.ticketsOnTime", "liaison.report.ticketsOnTheSpot",
					"liaison.report.screened", "liaison.report.coveragePercent" };
			for (int i = 0; i < columns.length; i++) {
				header.createCell(i).setCellValue(SpreadsheetText.neutralise(msg(columns[i], locale)));
			}
			int r = 1;
			for (OfficerRow o : report.officers()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(SpreadsheetText.neutralise(o.name()));
				double[] values = { o.enterprises(), o.withinCadence(), o.withinCadencePercent(), o.overdue(),
						o.visits(), o.tickets(), o.ticketsOnTime(), o.ticketsOnTheSpot(), o.screened(),
						o.coveragePercent() };
				for (int i = 0; i < values.length; i++) {
					row.createCell(i + 1).setCellValue(values[i]);
				}
			}
			Sheet purposes = workbook.createSheet(msg("liaison.report.sheet.purposes", locale));
			int p = 0;
			for (VisitPurpose purpose : VisitPurpose.values()) {
				Row row = purposes.createRow(p++);
				row.createCell(0).setCellValue(SpreadsheetText.neutralise(msg("liaison.purpose." + purpose, locale)));
				row.createCell(1).setCellValue(report.visitsByPurpose().getOrDefault(purpose, 0L));
			}
			workbook.write(out);
		}
		this.audit.record(me.stationId(), me.username(), AuditService.EXPORT, "liaison-report",
				report.from() + ".." + report.to());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("liaison-report.xlsx").build().toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(out.toByteArray());
	}

	private LiaisonReport build(OfficerPrincipal me, @Nullable LocalDate from, @Nullable LocalDate to) {
		LocalDate end = (to != null) ? to : this.enterprises.today();
		LocalDate start = (from != null) ? from : end.minusDays(29);
		return this.reports.report(me.scope(), start, end);
	}

	private static @Nullable LocalDate date(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolationException("typeMismatch.java.time.LocalDate");
		}
	}

	private String msg(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
