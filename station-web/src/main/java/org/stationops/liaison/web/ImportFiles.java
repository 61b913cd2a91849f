package org.stationops.liaison.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stationops.shared.RuleViolationException;

/**
 * Reads an enterprise import file (CSV in UTF-8, or the first sheet of an XLSX workbook)
 * into rows keyed by the header's column names.
 */
final class ImportFiles {

	/** More rows than this are refused: split the file. */
	static final int MAX_ROWS = 20_000;

	private ImportFiles() {
	}

	static List<Map<String, String>> read(String filename, InputStream in) {
		try {
			if (filename.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
				return xlsx(in);
			}
			if (filename.toLowerCase(Locale.ROOT).endsWith(".csv")) {
				return csv(in);
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RuleViolationException rule) {
				throw rule;
			}
			throw new RuleViolationException("liaison.import.unreadable");
		}
		throw new RuleViolationException("liaison.import.badType");
	}

	private static List<Map<String, String>> csv(InputStream in) throws IOException {
		Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(),
				StandardCharsets.UTF_8);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get();
		List<Map<String, String>> rows = new ArrayList<>();
		try (CSVParser parser = format.parse(reader)) {
			List<String> header = parser.getHeaderNames().stream().map(ImportFiles::column).toList();
			checkHeader(header);
			for (CSVRecord record : parser) {
				Map<String, String> row = new HashMap<>();
				for (int i = 0; i < header.size() && i < record.size(); i++) {
					row.put(header.get(i), record.get(i));
				}
				add(rows, row);
			}
		}
		return rows;
	}

	private static List<Map<String, String>> xlsx(InputStream in) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			Row headerRow = sheet.getRow(sheet.getFirstRowNum());
			if (headerRow == null) {
				throw new RuleViolationException("liaison.import.noHeader");
			}
			List<String> header = new ArrayList<>();
			for (int i = 0; i < headerRow.getLastCellNum(); i++) {
				Cell cell = headerRow.getCell(i);
				header.add(column(cell == null ? "" : formatter.formatCellValue(cell)));
			}
			checkHeader(header);
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, String> values = new HashMap<>();
				boolean any = false;
				for (int i = 0; i < header.size(); i++) {
					Cell cell = row.getCell(i);
					String value = (cell == null) ? "" : text(cell, formatter);
					any |= !value.isBlank();
					values.put(header.get(i), value);
				}
				if (any) {
					add(rows, values);
				}
			}
		}
		return rows;
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return formatter.formatCellValue(cell);
	}

	private static void add(List<Map<String, String>> rows, Map<String, String> row) {
		if (rows.size() >= MAX_ROWS) {
			throw new RuleViolationException("liaison.import.tooManyRows", MAX_ROWS);
		}
		rows.add(row);
	}

	private static void checkHeader(List<String> header) {
		if (!header.contains("name") || !header.contains("kind") || !header.contains("credit_code")) {
			throw new RuleViolationException("liaison.import.noHeader");
		}
	}

	private static String column(String name) {
		return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
	}

}
