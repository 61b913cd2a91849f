package org.stationops.mediation.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stationops.audit.AuditService;
import org.stationops.mediation.DisputeCategory;
import org.stationops.mediation.DisputeSource;
import org.stationops.mediation.MediationReport;
import org.stationops.mediation.MediationReportService;
import org.stationops.mediation.MediationWorkload;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.StationService;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The supervisors' mediation report for any period and area, its chart data and its XLSX
 * export.
 */
@Controller
@RequestMapping("/mediation/report")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'BUREAU_SUPERVISOR')")
class MediationReportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final MediationReportService reports;

	private final MediationWorkload workload;

	private final StationService stations;

	private final AuditService audit;

	private final MessageSource messages;

	private final DisputePage page;

	MediationReportController(MediationReportService reports, MediationWorkload workload, StationService stations,
			AuditService audit, MessageSource messages, DisputePage page) {
		this.reports = reports;
		this.workload = workload;
		this.stations = stations;
		this.audit = audit;
		this.messages = messages;
		this.page = page;
	}

	@GetMapping
	String report(@AuthenticationPrincipal OfficerPrincipal me, @ModelAttribute("filter") ReportFilter filter,
			BindingResult result, Model model, Locale locale) {
		model.addAttribute("stationChoices", this.stations.visibleStations(me.scope()));
		model.addAttribute("areaChoices", this.stations.visibleAreas(me.scope()));
		model.addAttribute("categories", this.page.categoryMap());
		model.addAttribute("sources", DisputeSource.values());
		if (result.hasErrors()) {
			return "mediation/report";
		}
		if (filter.from() == null || filter.to() == null) {
			// the period shown goes into the date fields (and the address), not only the
			// figures
			LocalDate today = this.workload.today();
			return "redirect:" + UriComponentsBuilder.fromPath("/mediation/report")
				.queryParam("from", filter.fromOr(today))
				.queryParam("to", filter.toOr(today))
				.queryParamIfPresent("stationId", java.util.Optional.ofNullable(filter.stationId()))
				.queryParamIfPresent("areaId", java.util.Optional.ofNullable(filter.areaId()))
				.build()
				.toUriString();
		}
		try {
			MediationReport report = build(me, filter);
			model.addAttribute("report", report);
			model.addAttribute("chartData", chartData(report, locale));
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
		}
		return "mediation/report";
	}

	@GetMapping("/data")
	@ResponseBody
	Map<String, Object> data(@AuthenticationPrincipal OfficerPrincipal me, @ModelAttribute ReportFilter filter,
			Locale locale) {
		return chartData(build(me, filter), locale);
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal OfficerPrincipal me, @ModelAttribute ReportFilter filter,
			Locale locale) {
		MediationReport report = build(me, filter);
		this.audit.record(me.stationId(), me.username(), AuditService.EXPORT, "mediation-report",
				report.from() + ".." + report.to());
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("mediation-report-" + report.from() + "-" + report.to() + ".xlsx")
						.build()
						.toString())
			.body(xlsx(report, locale));
	}

	private MediationReport build(OfficerPrincipal me, ReportFilter filter) {
		LocalDate today = this.workload.today();
		return this.reports.report(me.scope(), filter.stationId(), filter.areaId(), filter.fromOr(today),
				filter.toOr(today));
	}

	private Map<String, Object> chartData(MediationReport report, Locale locale) {
		Map<String, DisputeCategory> categories = this.page.categoryMap();
		Map<String, Long> byCategory = new LinkedHashMap<>();
		report.byCategory().forEach((code, n) -> byCategory.put(name(categories.get(code), code, locale), n));
		Map<String, Long> bySource = new LinkedHashMap<>();
		report.bySource()
			.forEach((source, n) -> bySource.put(this.messages.getMessage("mediation.source." + source, null, locale),
					n));
		return Map.of("byCategory", byCategory, "bySource", bySource, "outcomes",
				Map.of(msg("mediation.report.agreed", locale), report.agreed(), msg("mediation.report.failed", locale),
						report.failed(), msg("mediation.report.open", locale), report.open()));
	}

	private byte[] xlsx(MediationReport report, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet summary = workbook.createSheet(msg("mediation.report.title", locale));
			int r = 0;
			r = row(summary, r, msg("mediation.report.from", locale), report.from().toString());
			r = row(summary, r, msg("mediation.report.to", locale), report.to().toString());
			r = row(summary, r, msg("mediation.report.total", locale), report.total());
			r = row(summary, r, msg("mediation.report.agreed", locale), report.agreed());
			r = row(summary, r, msg("mediation.report.failed", locale), report.failed());
			r = row(summary, r, msg("mediation.report.successRate", locale), report.successRate());
			r = row(summary, r, msg("mediation.report.daysToResolution", locale), report.averageDaysToResolution());
			r = row(summary, r, msg("mediation.report.followUpRate", locale), report.followUpRate());
			r = row(summary, r, msg("mediation.report.escalations", locale), report.escalations());
			Map<String, Object> data = chartData(report, locale);
			sheet(workbook, msg("mediation.report.byCategory", locale), (Map<?, ?>) data.get("byCategory"));
			sheet(workbook, msg("mediation.report.bySource", locale), (Map<?, ?>) data.get("bySource"));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sheet(XSSFWorkbook workbook, String name, Map<?, ?> values) {
		Sheet sheet = workbook.createSheet(name);
		int r = 0;
		for (Map.Entry<?, ?> e : values.entrySet()) {
			r = row(sheet, r, String.valueOf(e.getKey()), e.getValue());
		}
	}

	private static int row(Sheet sheet, int index, String label, Object value) {
		Row row = sheet.createRow(index);
		row.createCell(0).setCellValue(org.stationops.shared.SpreadsheetText.neutralise(label));
		if (value instanceof Number n) {
			row.createCell(1).setCellValue(n.doubleValue());
		}
		else {
			row.createCell(1)
				.setCellValue(
						org.stationops.shared.SpreadsheetText.neutralise((value != null) ? value.toString() : ""));
		}
		return index + 1;
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String name(DisputeCategory category, String code, Locale locale) {
		return (category != null) ? category.name(locale) : code;
	}

}
