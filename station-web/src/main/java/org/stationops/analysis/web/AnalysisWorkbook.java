package org.stationops.analysis.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.stationops.analysis.Change;
import org.stationops.analysis.Hotspots;
import org.stationops.analysis.Kpis;
import org.stationops.analysis.PeriodAnalysis;
import org.stationops.analysis.Trend;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The analysis as an XLSX workbook: a summary sheet with the station figures, one sheet
 * per breakdown and the area × hour grid. Every text cell is formula-neutralised.
 */
@Component
class AnalysisWorkbook {

	private final MessageSource messages;

	AnalysisWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] of(PeriodAnalysis report, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			summary(workbook.createSheet(msg("analysis.title", locale)), report, locale);
			trends(workbook.createSheet(msg("analysis.byCategory", locale)), report.byCategory(), locale);
			trends(workbook.createSheet(msg("analysis.bySubType", locale)), report.bySubType(), locale);
			trends(workbook.createSheet(sheetName(msg("analysis.byArea", locale))), report.byArea(), locale);
			if (!report.byStation().isEmpty()) {
				trends(workbook.createSheet(msg("analysis.byStation", locale)), report.byStation(), locale);
			}
			hotspots(workbook.createSheet(sheetName(msg("analysis.hotspots", locale))), report.hotspots(), locale);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void summary(Sheet sheet, PeriodAnalysis report, Locale locale) {
		int r = 0;
		r = row(sheet, r, msg("analysis.station", locale),
				(report.scopeName() != null) ? report.scopeName() : msg("analysis.wholeBureau", locale));
		r = row(sheet, r, msg("analysis.period", locale), msg("analysis.period." + report.period(), locale));
		r = row(sheet, r, msg("analysis.current", locale),
				report.windows().current().from() + " – " + report.windows().current().lastDay());
		r = row(sheet, r, msg("analysis.total", locale), report.total().current());
		r = row(sheet, r, msg("analysis.previous", locale), report.total().previous());
		r = row(sheet, r, msg("analysis.yearAgo", locale), report.total().yearAgo());
		Kpis k = report.kpis();
		r = row(sheet, r, msg("analysis.kpi.preventable", locale), k.preventable().current());
		r = row(sheet, r, msg("analysis.kpi.police", locale), k.policePer10k());
		r = row(sheet, r, msg("analysis.kpi.preventableRate", locale), k.preventableRate());
		r = row(sheet, r, msg("analysis.kpi.clearance", locale), k.clearanceRate());
		r = row(sheet, r, msg("analysis.kpi.responseMedian", locale), k.medianResponseMinutes());
		r = row(sheet, r, msg("analysis.kpi.responseP90", locale), k.p90ResponseMinutes());
		r = row(sheet, r, msg("analysis.kpi.mediation", locale), k.mediationSuccessRate());
		r = row(sheet, r, msg("analysis.kpi.visits", locale), k.visitCoverage());
		r = row(sheet, r, msg("analysis.kpi.appointments", locale), k.appointmentsHandledRate());
		r = row(sheet, r, msg("analysis.kpi.money", locale), k.raw().moneyProtected());
		r = row(sheet, r, msg("analysis.kpi.reached", locale), k.raw().peopleReached());
		row(sheet, r, msg("analysis.kpi.patrol", locale), msg("analysis.kpi.patrol.missing", locale));
	}

	private void trends(Sheet sheet, List<Trend> lines, Locale locale) {
		Row head = sheet.createRow(0);
		String[] titles = { "analysis.line", "analysis.current", "analysis.previous", "analysis.pop", "analysis.pop",
				"analysis.yearAgo", "analysis.yoy", "analysis.yoy" };
		for (int c = 0; c < titles.length; c++) {
			head.createCell(c).setCellValue(safe(msg(titles[c], locale)));
		}
		int r = 1;
		for (Trend t : lines) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(safe(t.label().name(locale)));
			row.createCell(1).setCellValue(t.current());
			row.createCell(2).setCellValue(t.previous());
			change(row, 3, t.periodOverPeriod(), locale);
			row.createCell(5).setCellValue(t.yearAgo());
			change(row, 6, t.yearOverYear(), locale);
		}
	}

	private void change(Row row, int column, Change change, Locale locale) {
		row.createCell(column).setCellValue(change.absolute());
		String flag = change.significantRise() ? "analysis.flag.rise"
				: change.significantFall() ? "analysis.flag.fall" : "analysis.flag.noise";
		Double percent = change.percent();
		row.createCell(column + 1)
			.setCellValue(((percent != null) ? percent + "% " : "") + msg(flag, locale) + " (Z = " + change.z() + ")");
	}

	private void hotspots(Sheet sheet, Hotspots hotspots, Locale locale) {
		Row head = sheet.createRow(0);
		head.createCell(0).setCellValue(safe(msg("analysis.area", locale)));
		for (int h = 0; h < 24; h++) {
			head.createCell(h + 1).setCellValue(h);
		}
		int r = 1;
		for (Hotspots.Row area : hotspots.rows()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(safe(area.area().name(locale)));
			for (int h = 0; h < 24; h++) {
				row.createCell(h + 1).setCellValue(area.hours()[h]);
			}
		}
	}

	private static int row(Sheet sheet, int index, String label, @Nullable Object value) {
		Row row = sheet.createRow(index);
		row.createCell(0).setCellValue(safe(label));
		if (value instanceof Number n) {
			row.createCell(1).setCellValue(n.doubleValue());
		}
		else {
			row.createCell(1).setCellValue(safe((value != null) ? value.toString() : "—"));
		}
		return index + 1;
	}

	/**
	 * @return the text with a leading apostrophe when a spreadsheet could read it as a
	 * formula (=, +, -, @, tab, carriage return): names typed by users end up here.
	 */
	static String safe(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	private static String sheetName(String name) {
		return name.replaceAll("[\\\\/?*\\[\\]:]", " ").substring(0, Math.min(31, name.length()));
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
