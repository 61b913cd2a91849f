package org.stationops.liaison;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.stationops.audit.AuditService;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.officers.Role;
import org.stationops.shared.ResidentIdNumbers;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enterprise files (一企一档) within the caller's scope: creation, edits (each kept as
 * history), the liaison officer and cadence, and "my enterprises".
 */
@Service
@Transactional(readOnly = true)
public class EnterpriseService {

	private final EnterpriseRepository enterprises;

	private final EnterpriseChangeRepository changes;

	private final KindCadenceRepository cadences;

	private final LiaisonRegisterService registers;

	private final OfficerService officers;

	private final Clock clock;

	private final AuditService audit;

	EnterpriseService(EnterpriseRepository enterprises, EnterpriseChangeRepository changes,
			KindCadenceRepository cadences, LiaisonRegisterService registers, OfficerService officers, Clock clock,
			AuditService audit) {
		this.audit = audit;
		this.enterprises = enterprises;
		this.changes = changes;
		this.cadences = cadences;
		this.registers = registers;
		this.officers = officers;
		this.clock = clock;
	}

	public Page<Enterprise> search(Scope scope, String text, @Nullable EnterpriseKind kind, @Nullable Long circleId,
			Pageable pageable) {
		return search(scope, text, kind, circleId, false, pageable);
	}

	/**
	 * @param overdueOnly only files whose next due date has passed.
	 */
	public Page<Enterprise> search(Scope scope, String text, @Nullable EnterpriseKind kind, @Nullable Long circleId,
			boolean overdueOnly, Pageable pageable) {
		return this.enterprises.search(scope.stationId(), text.trim(), kind, circleId,
				overdueOnly ? today() : LocalDate.of(9999, 12, 31), pageable);
	}

	/**
	 * Reads an enterprise's personal data in full (unmasked contacts and key personnel)
	 * and writes the personal-data audit entry for that view.
	 * @param username who reads, for the audit log.
	 */
	@Transactional
	public Enterprise readInFull(Scope scope, Long id, String username) {
		Enterprise read = get(scope, id);
		this.audit.record(read.getStationId(), username, AuditService.FULL_VIEW, "enterprise", id, read.getName());
		return read;
	}

	public Enterprise get(Scope scope, Long id) {
		return this.enterprises.findInScope(id, scope)
			.orElseThrow(() -> LiaisonNotFoundException.forId("enterprise", id));
	}

	public List<EnterpriseChange> history(Scope scope, Long id) {
		get(scope, id);
		return this.changes.findByEnterpriseIdOrderByChangedAtDescIdDesc(id);
	}

	/**
	 * @return the officer's enterprises, most overdue first.
	 */
	public List<Enterprise> mine(Long stationId, Long officerId) {
		return this.enterprises.findByStationIdAndLiaisonOfficerIdOrderByNextDueOnAscNameAsc(stationId, officerId);
	}

	/**
	 * @return the officer's enterprises at the station that are overdue, due or due
	 * within {@link Cadence#DUE_SOON_DAYS}, most overdue first, at most eight: the
	 * liaison officer's work list.
	 */
	public List<Enterprise> dueFor(Long stationId, Long officerId) {
		return this.enterprises.findTop8ByStationIdAndLiaisonOfficerIdAndNextDueOnBeforeOrderByNextDueOnAscNameAsc(
				stationId, officerId, today().plusDays(Cadence.DUE_SOON_DAYS + 1));
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public KindCadence cadenceOf(EnterpriseKind kind) {
		return this.cadences.findById(kind).orElseThrow();
	}

	public List<KindCadence> cadences() {
		return this.cadences.findAll();
	}

	/**
	 * @return the station's active officers with the LIAISON role.
	 */
	public List<Officer> liaisonOfficers(Long stationId) {
		return this.officers.activeAt(stationId).stream().filter(o -> o.hasRole(Role.LIAISON)).toList();
	}

	public List<Enterprise> byIds(java.util.Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.enterprises.findByIdIn(ids);
	}

	public Map<Long, Officer> officersByIds(java.util.Collection<Long> ids) {
		return this.officers.byIds(ids);
	}

	@Transactional
	public Enterprise create(Scope scope, EnterpriseDetails details, boolean acceptLegacyCode,
			@Nullable Long liaisonOfficerId, String username) {
		Long stationId = stationOf(scope);
		EnterpriseDetails d = normalise(details);
		boolean warning = checkCode(d, acceptLegacyCode);
		if (!d.creditCode().isEmpty() && this.enterprises.existsByStationIdAndCreditCode(stationId, d.creditCode())) {
			throw RuleViolationException.onField("creditCode", "liaison.creditCode.duplicate");
		}
		checkRest(stationId, d);
		checkOfficer(stationId, liaisonOfficerId);
		Enterprise enterprise = new Enterprise(stationId, today());
		apply(enterprise, d, warning);
		enterprise.assignTo(liaisonOfficerId);
		enterprise = this.enterprises.save(enterprise);
		this.changes
			.save(new EnterpriseChange(stationId, enterprise.getId(), username, this.clock.instant(), "created"));
		return enterprise;
	}

	@Transactional
	public Enterprise update(Scope scope, Long id, long expectedVersion, EnterpriseDetails details,
			boolean acceptLegacyCode, String username) {
		Enterprise enterprise = get(scope, id);
		if (enterprise.getVersion() != expectedVersion) {
			throw new RuleViolationException("common.error.staleVersion");
		}
		EnterpriseDetails d = normalise(details);
		boolean keepsLegacy = enterprise.isCreditCodeWarning()
				&& d.creditCode().equals(Objects.toString(enterprise.getCreditCode(), ""));
		boolean warning = checkCode(d, acceptLegacyCode || keepsLegacy);
		if (!d.creditCode().isEmpty() && this.enterprises
			.existsByStationIdAndCreditCodeAndIdNot(enterprise.getStationId(), d.creditCode(), id)) {
			throw RuleViolationException.onField("creditCode", "liaison.creditCode.duplicate");
		}
		checkRest(enterprise.getStationId(), d);
		Map<String, String> before = enterprise.snapshot();
		apply(enterprise, d, warning);
		recordChange(enterprise, before, username);
		return this.enterprises.save(enterprise);
	}

	/**
	 * Reassigns the enterprise's liaison officer; the change history keeps the previous
	 * one.
	 */
	@Transactional
	public Enterprise assign(Scope scope, Long id, long expectedVersion, @Nullable Long officerId, String username) {
		Enterprise enterprise = get(scope, id);
		if (enterprise.getVersion() != expectedVersion) {
			throw new RuleViolationException("common.error.staleVersion");
		}
		checkOfficer(enterprise.getStationId(), officerId);
		Map<String, String> before = enterprise.snapshot();
		enterprise.assignTo(officerId);
		recordChange(enterprise, before, username);
		return this.enterprises.save(enterprise);
	}

	public long overdueCount(Scope scope) {
		LocalDate today = today();
		return scope.stationFilter()
			.map(s -> this.enterprises.countByStationIdAndNextDueOnBefore(s, today))
			.orElseGet(() -> this.enterprises.countByNextDueOnBefore(today));
	}

	public long overdueFor(Long officerId) {
		return this.enterprises.countByLiaisonOfficerIdAndNextDueOnBefore(officerId, today());
	}

	public long dueSoonFor(Long officerId) {
		LocalDate today = today();
		return this.enterprises.countByLiaisonOfficerIdAndNextDueOnBetween(officerId, today,
				today.plusDays(Cadence.DUE_SOON_DAYS));
	}

	void apply(Enterprise enterprise, EnterpriseDetails d, boolean warning) {
		KindCadence defaults = cadenceOf(d.kind());
		enterprise.apply(d, warning, Objects.requireNonNullElse(d.contactEveryDays(), defaults.getContactDays()),
				Objects.requireNonNullElse(d.visitEveryDays(), defaults.getVisitDays()));
	}

	private void recordChange(Enterprise enterprise, Map<String, String> before, String username) {
		Map<String, String> after = enterprise.snapshot();
		StringBuilder summary = new StringBuilder();
		after.forEach((field, value) -> {
			String old = before.getOrDefault(field, "");
			if (!old.equals(value)) {
				summary.append(field).append(": ").append(old).append(" → ").append(value).append('\n');
			}
		});
		if (!summary.isEmpty()) {
			this.changes.save(new EnterpriseChange(enterprise.getStationId(), enterprise.getId(), username,
					this.clock.instant(), summary.toString().strip()));
		}
	}

	static EnterpriseDetails normalise(EnterpriseDetails d) {
		return new EnterpriseDetails(d.kind(), d.name().trim(), CodeCheck.normalise(d.creditCode()),
				d.industry().trim(), d.address().trim(), d.businessCircleId(), d.buildingId(), d.floorRoom().trim(),
				d.legalRepName().trim(), d.legalRepIdNumber().trim().toUpperCase(java.util.Locale.ROOT),
				d.legalRepPhone().trim(), d.keyPersonName().trim(),
				d.keyPersonIdNumber().trim().toUpperCase(java.util.Locale.ROOT), d.keyPersonPhone().trim(),
				d.leaseStart(), d.leaseEnd(), d.headcount(), d.taxTier().trim(), d.movedInOn(), d.riskLevel(),
				d.allianceId(), d.contactEveryDays(), d.visitEveryDays());
	}

	/**
	 * @return whether the code is a legacy code accepted with a warning.
	 */
	static boolean checkCode(EnterpriseDetails d, boolean acceptLegacy) {
		return switch (CodeCheck.of(d.creditCode())) {
			case BLANK -> {
				if (d.kind() != EnterpriseKind.MARKET_STALL) {
					throw RuleViolationException.onField("creditCode", "liaison.creditCode.required");
				}
				yield false;
			}
			case MALFORMED -> throw RuleViolationException.onField("creditCode", "liaison.creditCode.malformed");
			case LEGACY -> {
				if (!acceptLegacy) {
					throw RuleViolationException.onField("creditCode", "liaison.creditCode.checkFailed");
				}
				yield true;
			}
			case VALID -> false;
		};
	}

	private void checkRest(Long stationId, EnterpriseDetails d) {
		if (!d.legalRepIdNumber().isEmpty() && !ResidentIdNumbers.isValid(d.legalRepIdNumber())) {
			throw RuleViolationException.onField("legalRepIdNumber", "validation.residentId");
		}
		if (!d.keyPersonIdNumber().isEmpty() && !ResidentIdNumbers.isValid(d.keyPersonIdNumber())) {
			throw RuleViolationException.onField("keyPersonIdNumber", "validation.residentId");
		}
		if (d.leaseStart() != null && d.leaseEnd() != null && d.leaseEnd().isBefore(d.leaseStart())) {
			throw RuleViolationException.onField("leaseEnd", "liaison.lease.endBeforeStart");
		}
		this.registers.checkBelongs(stationId, d.businessCircleId(), d.buildingId(), d.allianceId());
	}

	private void checkOfficer(Long stationId, @Nullable Long officerId) {
		if (officerId != null && liaisonOfficers(stationId).stream().noneMatch(o -> officerId.equals(o.getId()))) {
			throw RuleViolationException.onField("liaisonOfficerId", "liaison.officer.notLiaison");
		}
	}

	static Long stationOf(Scope scope) {
		Long stationId = scope.stationId();
		if (stationId == null) {
			throw new RuleViolationException("liaison.error.noStation");
		}
		return stationId;
	}

}
