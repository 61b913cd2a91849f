package org.stationops.liaison;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.PhoneNumbers;
import org.stationops.shared.ResidentIdNumbers;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of enterprise files: checks every row (credit code, duplicates within the
 * file and against the station's files, required fields, dates, ID numbers), then imports
 * the valid rows in one transaction, so a failure leaves nothing half-imported.
 */
@Service
@Transactional(readOnly = true)
public class EnterpriseImportService {

	/** The columns of the import file, in the order of the template. */
	public static final List<String> COLUMNS = List.of("kind", "name", "credit_code", "industry", "address",
			"business_circle", "building", "floor_room", "legal_rep_name", "legal_rep_id_number", "legal_rep_phone",
			"key_person_name", "key_person_id_number", "key_person_phone", "lease_start", "lease_end", "headcount",
			"tax_tier", "moved_in_on", "risk_level");

	/**
	 * The longest text each column may hold: the same limits as the enterprise form, so
	 * an imported file can be edited later.
	 */
	private static final Map<String, Integer> MAX_LENGTHS = Map.ofEntries(Map.entry("name", 200),
			Map.entry("industry", 100), Map.entry("address", 200), Map.entry("business_circle", 100),
			Map.entry("building", 100), Map.entry("floor_room", 50), Map.entry("legal_rep_name", 50),
			Map.entry("key_person_name", 50), Map.entry("tax_tier", 20));

	/**
	 * The largest headcount the enterprise form accepts.
	 */
	private static final int MAX_HEADCOUNT = 1_000_000;

	private static final Map<String, EnterpriseKind> KIND_LABELS = Map.of("公司", EnterpriseKind.COMPANY, "个体工商户",
			EnterpriseKind.INDIVIDUAL_BUSINESS, "市场摊位", EnterpriseKind.MARKET_STALL, "快递网点",
			EnterpriseKind.COURIER_OUTLET, "施工单位", EnterpriseKind.CONSTRUCTION_UNIT, "船舶经营者",
			EnterpriseKind.VESSEL_OPERATOR, "酒吧/娱乐场所", EnterpriseKind.BAR_VENUE);

	private final EnterpriseRepository enterprises;

	private final EnterpriseChangeRepository changes;

	private final EnterpriseService enterpriseService;

	private final LiaisonRegisterService registers;

	private final Clock clock;

	EnterpriseImportService(EnterpriseRepository enterprises, EnterpriseChangeRepository changes,
			EnterpriseService enterpriseService, LiaisonRegisterService registers, Clock clock) {
		this.enterprises = enterprises;
		this.changes = changes;
		this.enterpriseService = enterpriseService;
		this.registers = registers;
		this.clock = clock;
	}

	/**
	 * @param rows the file's data rows, keyed by column name (see {@link #COLUMNS}).
	 */
	public ImportPreview preview(Scope scope, List<Map<String, String>> rows) {
		Long stationId = EnterpriseService.stationOf(scope);
		Set<String> inDatabase = new HashSet<>(this.enterprises.creditCodesAt(stationId));
		Map<String, Integer> seen = new HashMap<>();
		List<ImportPreview.Row> checked = new ArrayList<>(rows.size());
		int line = 1;
		for (Map<String, String> row : rows) {
			line++;
			checked.add(check(line, row, inDatabase, seen));
		}
		return new ImportPreview(stationId, checked);
	}

	private ImportPreview.Row check(int line, Map<String, String> row, Set<String> inDatabase,
			Map<String, Integer> seen) {
		List<ImportPreview.Problem> errors = new ArrayList<>();
		List<ImportPreview.Problem> warnings = new ArrayList<>();
		String name = value(row, "name");
		String code = CodeCheck.normalise(value(row, "credit_code"));
		if (name.isEmpty()) {
			errors.add(new ImportPreview.Problem("name", "liaison.import.missing"));
		}
		EnterpriseKind kind = kind(value(row, "kind"));
		if (kind == null) {
			errors.add(new ImportPreview.Problem("kind", "liaison.import.badKind", value(row, "kind")));
		}
		switch (CodeCheck.of(code)) {
			case BLANK -> {
				if (kind != EnterpriseKind.MARKET_STALL) {
					errors.add(new ImportPreview.Problem("credit_code", "liaison.import.missing"));
				}
			}
			case MALFORMED -> errors.add(new ImportPreview.Problem("credit_code", "liaison.import.badCode", code));
			case LEGACY -> warnings.add(new ImportPreview.Problem("credit_code", "liaison.import.legacyCode", code));
			case VALID -> {
			}
		}
		if (!code.isEmpty()) {
			Integer first = seen.putIfAbsent(code, line);
			if (first != null) {
				errors.add(new ImportPreview.Problem("credit_code", "liaison.import.duplicateInFile", first));
			}
			if (inDatabase.contains(code)) {
				errors.add(new ImportPreview.Problem("credit_code", "liaison.import.duplicateInDatabase"));
			}
		}
		for (String column : List.of("legal_rep_id_number", "key_person_id_number")) {
			String id = value(row, column).toUpperCase(Locale.ROOT);
			if (!id.isEmpty() && !ResidentIdNumbers.isValid(id)) {
				errors.add(new ImportPreview.Problem(column, "liaison.import.badIdNumber"));
			}
		}
		for (String column : List.of("legal_rep_phone", "key_person_phone")) {
			String phone = value(row, column);
			if (!phone.isEmpty() && !PhoneNumbers.isValid(phone)) {
				errors.add(new ImportPreview.Problem(column, "liaison.import.badPhone", phone));
			}
		}
		MAX_LENGTHS.forEach((column, max) -> {
			if (value(row, column).length() > max) {
				errors.add(new ImportPreview.Problem(column, "liaison.import.tooLong", max));
			}
		});
		LocalDate leaseStart = date(row, "lease_start", errors);
		LocalDate leaseEnd = date(row, "lease_end", errors);
		LocalDate movedIn = date(row, "moved_in_on", errors);
		int headcount = 0;
		if (!value(row, "headcount").isEmpty()) {
			try {
				headcount = Integer.parseInt(value(row, "headcount"));
				if (headcount < 0 || headcount > MAX_HEADCOUNT) {
					throw new NumberFormatException();
				}
			}
			catch (NumberFormatException ex) {
				errors.add(new ImportPreview.Problem("headcount", "liaison.import.badNumber", value(row, "headcount")));
			}
		}
		RiskLevel risk = RiskLevel.LOW;
		if (!value(row, "risk_level").isEmpty()) {
			try {
				risk = RiskLevel.valueOf(value(row, "risk_level").toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.add(new ImportPreview.Problem("risk_level", "liaison.import.badRisk", value(row, "risk_level")));
			}
		}
		if (leaseStart != null && leaseEnd != null && leaseEnd.isBefore(leaseStart)) {
			errors.add(new ImportPreview.Problem("lease_end", "liaison.lease.endBeforeStart"));
		}
		if (EnterpriseDetails.isShortLease(leaseStart, leaseEnd)) {
			warnings.add(new ImportPreview.Problem("lease_end", "liaison.import.shortLease"));
		}
		EnterpriseDetails details = null;
		if (errors.isEmpty() && kind != null) {
			details = new EnterpriseDetails(kind, name, code, value(row, "industry"), value(row, "address"), null, null,
					value(row, "floor_room"), value(row, "legal_rep_name"),
					value(row, "legal_rep_id_number").toUpperCase(Locale.ROOT), value(row, "legal_rep_phone"),
					value(row, "key_person_name"), value(row, "key_person_id_number").toUpperCase(Locale.ROOT),
					value(row, "key_person_phone"), leaseStart, leaseEnd, headcount, value(row, "tax_tier"), movedIn,
					risk, null, null, null);
		}
		return new ImportPreview.Row(line, name, code, details, value(row, "business_circle"), value(row, "building"),
				List.copyOf(errors), List.copyOf(warnings));
	}

	/**
	 * Imports every valid row of the preview in one transaction: all of them or, on any
	 * failure, none.
	 * @param progress told how many rows are done so far.
	 * @return how many enterprises were imported.
	 */
	@Transactional
	public int importValid(Scope scope, ImportPreview preview, String username, IntConsumer progress) {
		Long stationId = EnterpriseService.stationOf(scope);
		if (!stationId.equals(preview.stationId())) {
			throw new RuleViolationException("liaison.import.otherStation");
		}
		Set<String> inDatabase = new HashSet<>(this.enterprises.creditCodesAt(stationId));
		Map<String, Long> circles = new HashMap<>();
		Map<String, Long> buildings = new HashMap<>();
		LocalDate today = LocalDate.now(this.clock);
		List<Enterprise> batch = new ArrayList<>();
		int done = 0;
		for (ImportPreview.Row row : preview.rows()) {
			if (!row.isValid()) {
				continue;
			}
			EnterpriseDetails d = row.details();
			if (!d.creditCode().isEmpty() && !inDatabase.add(d.creditCode())) {
				throw new RuleViolationException("liaison.import.changedMeanwhile", row.line());
			}
			Long circleId = row.circleName().isEmpty() ? null
					: circles.computeIfAbsent(row.circleName(), n -> this.registers.circleNamed(stationId, n).getId());
			Long buildingId = row.buildingName().isEmpty() ? null : buildings.computeIfAbsent(row.buildingName(),
					n -> this.registers.buildingNamed(stationId, n, circleId).getId());
			EnterpriseDetails placed = new EnterpriseDetails(d.kind(), d.name(), d.creditCode(), d.industry(),
					d.address(), circleId, buildingId, d.floorRoom(), d.legalRepName(), d.legalRepIdNumber(),
					d.legalRepPhone(), d.keyPersonName(), d.keyPersonIdNumber(), d.keyPersonPhone(), d.leaseStart(),
					d.leaseEnd(), d.headcount(), d.taxTier(), d.movedInOn(), d.riskLevel(), null, null, null);
			Enterprise enterprise = new Enterprise(stationId, today);
			this.enterpriseService.apply(enterprise, placed, row.isLegacyCode());
			batch.add(enterprise);
			if (batch.size() == 200) {
				flush(batch, username);
			}
			done++;
			if (done % 100 == 0) {
				progress.accept(done);
			}
		}
		flush(batch, username);
		progress.accept(done);
		return done;
	}

	private void flush(List<Enterprise> batch, String username) {
		List<EnterpriseChange> created = new ArrayList<>(batch.size());
		for (Enterprise e : this.enterprises.saveAll(batch)) {
			created.add(new EnterpriseChange(e.getStationId(), e.getId(), username, this.clock.instant(), "imported"));
		}
		this.changes.saveAll(created);
		batch.clear();
	}

	private static @Nullable EnterpriseKind kind(String value) {
		if (value.isEmpty()) {
			return null;
		}
		EnterpriseKind kind = KIND_LABELS.get(value);
		if (kind != null) {
			return kind;
		}
		try {
			return EnterpriseKind.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable LocalDate date(Map<String, String> row, String column,
			List<ImportPreview.Problem> errors) {
		String value = value(row, column);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(value.replace('/', '-'));
		}
		catch (DateTimeParseException ex) {
			errors.add(new ImportPreview.Problem(column, "liaison.import.badDate", value));
			return null;
		}
	}

	private static String value(Map<String, String> row, String column) {
		String value = row.get(column);
		return (value == null) ? "" : value.strip();
	}

}
