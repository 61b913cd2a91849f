package org.stationops.incidents.web;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads and checks a CSV export of the 110 system. Every row is checked before anything
 * is saved; the file is imported all-or-nothing.
 */
@Component
class IncidentCsvImport {

	static final List<String> COLUMNS = List.of("externalRef", "stationCode", "receivedAt", "source", "categoryCode",
			"location", "areaName", "latitude", "longitude", "reporterName", "reporterPhone", "reporterIdNumber",
			"description");

	static final int MAX_ROWS = 2000;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Validator validator;

	private final IncidentImports imports;

	private final IncidentService incidents;

	private final MessageSource messages;

	IncidentCsvImport(Validator validator, IncidentImports imports, IncidentService incidents, MessageSource messages) {
		this.validator = validator;
		this.imports = imports;
		this.incidents = incidents;
		this.messages = messages;
	}

	/**
	 * A checked file: the registrations to save, or the errors by row.
	 */
	record Result(List<IncidentService.Registration> rows, List<RowError> errors) {

		boolean valid() {
			return this.errors.isEmpty() && !this.rows.isEmpty();
		}

	}

	/**
	 * @param line the CSV line number (the header is line 1).
	 */
	record RowError(long line, String field, String message) {

	}

	Result check(OfficerPrincipal me, Reader reader, ZoneId zone, Locale locale) throws IOException {
		List<IncidentService.Registration> rows = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		Set<String> refs = new HashSet<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
			if (!missing.isEmpty()) {
				errors.add(new RowError(1, String.join(", ", missing),
						message("incidents.import.missingColumns", locale)));
				return new Result(List.of(), errors);
			}
			for (CSVRecord record : parser) {
				long line = record.getRecordNumber() + 1;
				if (record.getRecordNumber() > MAX_ROWS) {
					errors.add(new RowError(line, "", message("incidents.import.tooManyRows", locale)));
					break;
				}
				checkRow(me, record, line, zone, locale, rows, errors, refs);
			}
		}
		catch (IllegalArgumentException | java.io.UncheckedIOException ex) {
			errors.add(new RowError(0, "", message("incidents.import.unreadable", locale)));
		}
		if (rows.isEmpty() && errors.isEmpty()) {
			errors.add(new RowError(1, "", message("incidents.import.empty", locale)));
		}
		return new Result(rows, errors);
	}

	private void checkRow(OfficerPrincipal me, CSVRecord record, long line, ZoneId zone, Locale locale,
			List<IncidentService.Registration> rows, List<RowError> errors, Set<String> refs) {
		int before = errors.size();
		java.time.OffsetDateTime receivedAt = null;
		try {
			String value = record.get("receivedAt");
			if (!value.isBlank()) {
				LocalDateTime local = LocalDateTime.parse(value.replace('T', ' '), TIME);
				receivedAt = local.atZone(zone).toOffsetDateTime();
			}
		}
		catch (java.time.format.DateTimeParseException ex) {
			errors.add(new RowError(line, "receivedAt", message("typeMismatch.java.time.LocalDateTime", locale)));
		}
		IncidentSource source = null;
		try {
			source = record.get("source").isBlank() ? null
					: IncidentSource.valueOf(record.get("source").toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.add(new RowError(line, "source", message("incidents.import.badSource", locale)));
		}
		BigDecimal latitude = decimal(record, "latitude", line, locale, errors);
		BigDecimal longitude = decimal(record, "longitude", line, locale, errors);
		IncidentApiRequest request = new IncidentApiRequest(record.get("externalRef"), record.get("stationCode"),
				receivedAt, source, record.get("categoryCode"), record.get("location"), record.get("areaName"),
				latitude, longitude, record.get("reporterName"), record.get("reporterPhone"),
				record.get("reporterIdNumber"), record.get("description"));
		for (ConstraintViolation<IncidentApiRequest> violation : this.validator.validate(request)) {
			String field = violation.getPropertyPath().toString();
			if (errors.stream().noneMatch(e -> e.line() == line && e.field().equals(field))) {
				errors.add(new RowError(line, field, violation.getMessage()));
			}
		}
		if (errors.size() > before) {
			return;
		}
		String ref = IncidentImports.blankToNull(request.externalRef());
		if (ref != null && !refs.add(ref)) {
			errors.add(new RowError(line, "externalRef", message("incidents.import.duplicateInFile", locale)));
			return;
		}
		try {
			Long stationId = this.imports.stationFor(me, request.stationCode());
			var details = this.imports.details(me, stationId, request);
			this.incidents.checkRegistration(me.scope(), stationId, details, ref);
			rows.add(new IncidentService.Registration(stationId, details, ref));
		}
		catch (RuleViolationException ex) {
			errors.add(new RowError(line, String.valueOf(ex.getField()),
					this.messages.getMessage(ex.getCode(), ex.getArguments(), ex.getCode(), locale)));
		}
	}

	private @Nullable BigDecimal decimal(CSVRecord record, String column, long line, Locale locale,
			List<RowError> errors) {
		String value = record.get(column);
		if (value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			errors.add(new RowError(line, column, message("typeMismatch.java.math.BigDecimal", locale)));
			return null;
		}
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
