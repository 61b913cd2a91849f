package org.stationops.patrol.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.stationops.audit.AuditService;
import org.stationops.patrol.ComplianceReport;
import org.stationops.patrol.ComplianceService;
import org.stationops.patrol.PatrolPlanService;
import org.stationops.patrol.PlanDay;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.SpreadsheetText;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Compliance for a period (default: the last seven days), per plan and day, plan and
 * unit, with the volunteers' hours, and its XLSX export.
 */
@Controller
@RequestMapping("/patrol/compliance")
class ComplianceController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ComplianceService compliance;

	private final PatrolPlanService plans;

	private final AuditService audit;

	private final MessageSource messages;

	private final Clock clock;

	ComplianceController(ComplianceService compliance, PatrolPlanService plans, AuditService audit,
			MessageSource messages, Clock clock) {
		this.compliance = compliance;
		this.plans = plans;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String report(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Long plan, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate end = (to != null) ? to : today;
		LocalDate start = (from != null) ? from : end.minusDays(6);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("plan", plan);
		model.addAttribute("plans", this.plans.list(me.scope()));
		try {
			model.addAttribute("report", this.compliance.report(me.scope(), start, end, plan));
		}
		catch (RuleViolationException ex) {
			model.addAttribute("actionError", ex.getCode());
		}
		return "patrol/compliance";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable Long plan, Locale locale) {
		ComplianceReport report = this.compliance.report(me.scope(), from, to, plan);
		this.audit.record(me.stationId(), me.username(), AuditService.EXPORT, "patrol-compliance", from + ".." + to);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("patrol-compliance-" + from + "-" + to + ".xlsx")
						.build()
						.toString())
			.body(xlsx(report, locale));
	}

	private byte[] xlsx(ComplianceReport report, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			String[] head = { text("patrol.compliance.expected", locale), text("patrol.compliance.onTime", locale),
					text("patrol.compliance.late", locale), text("patrol.compliance.missed", locale),
					text("patrol.compliance.padding", locale), text("patrol.compliance.completion", locale) };
			Sheet days = workbook.createSheet(text("patrol.compliance.byDay", locale));
			header(days, head, text("patrol.plan.name", locale), text("patrol.compliance.day", locale));
			int r = 1;
			for (PlanDay d : report.days()) {
				Row row = days.createRow(r++);
				row.createCell(0).setCellValue(d.planName());
				row.createCell(1).setCellValue(d.day().toString());
				figures(row, 2, d);
			}
			Sheet plans = workbook.createSheet(text("patrol.compliance.byPlan", locale));
			header(plans, head, text("patrol.plan.name", locale));
			r = 1;
			for (PlanDay d : report.byPlan()) {
				Row row = plans.createRow(r++);
				row.createCell(0).setCellValue(d.planName());
				figures(row, 1, d);
			}
			Sheet units = workbook.createSheet(text("patrol.compliance.byUnit", locale));
			header(units, head, text("patrol.unit.name", locale));
			r = 1;
			for (ComplianceReport.UnitTotal u : report.byUnit()) {
				Row row = units.createRow(r++);
				row.createCell(0).setCellValue(u.unitName());
				figures(row, 1, u.total());
			}
			Sheet officers = workbook.createSheet(text("patrol.compliance.byOfficer", locale));
			header(officers, head, text("patrol.compliance.officer", locale));
			r = 1;
			for (ComplianceReport.OfficerTotal o : report.byOfficer()) {
				Row row = officers.createRow(r++);
				row.createCell(0).setCellValue(SpreadsheetText.neutralise(o.name()));
				figures(row, 1, o.total());
			}
			Sheet volunteers = workbook.createSheet(text("patrol.compliance.volunteerHours", locale));
			header(volunteers,
					new String[] { text("patrol.compliance.shifts", locale), text("patrol.compliance.hours", locale) },
					text("patrol.unit.name", locale), text("patrol.compliance.month", locale));
			r = 1;
			for (ComplianceReport.VolunteerHours v : report.volunteerHours()) {
				Row row = volunteers.createRow(r++);
				row.createCell(0).setCellValue(v.unitName());
				row.createCell(1).setCellValue(v.month().toString());
				row.createCell(2).setCellValue(v.shifts());
				row.createCell(3).setCellValue(v.hours().doubleValue());
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void header(Sheet sheet, String[] figures, String... first) {
		Row row = sheet.createRow(0);
		int c = 0;
		for (String s : List.of(first)) {
			row.createCell(c++).setCellValue(s);
		}
		for (String s : figures) {
			row.createCell(c++).setCellValue(s);
		}
	}

	private static void figures(Row row, int c, PlanDay d) {
		row.createCell(c).setCellValue(d.expected());
		row.createCell(c + 1).setCellValue(d.onTime());
		row.createCell(c + 2).setCellValue(d.late());
		row.createCell(c + 3).setCellValue(d.missed());
		row.createCell(c + 4).setCellValue(d.padding());
		row.createCell(c + 5).setCellValue(d.completionPercent());
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
