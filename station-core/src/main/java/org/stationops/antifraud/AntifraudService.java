package org.stationops.antifraud;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.stationops.audit.AuditService;
import org.stationops.cases.CaseActor;
import org.stationops.cases.CaseDetails;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseKind;
import org.stationops.cases.CaseService;
import org.stationops.cases.FilingTrack;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early warnings and publicity sessions, within the caller's {@link Scope}.
 */
@Service
@Transactional(readOnly = true)
public class AntifraudService {

	private static final java.time.format.DateTimeFormatter SUMMARY_TIME = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm");

	private final AntifraudRepositories.Warnings warnings;

	private final AntifraudRepositories.Sessions sessions;

	private final CaseService cases;

	private final Clock clock;

	private final AuditService audit;

	AntifraudService(AntifraudRepositories.Warnings warnings, AntifraudRepositories.Sessions sessions,
			CaseService cases, Clock clock, AuditService audit) {
		this.audit = audit;
		this.warnings = warnings;
		this.sessions = sessions;
		this.cases = cases;
		this.clock = clock;
	}

	public Page<FraudWarning> warnings(Scope scope, Pageable pageable) {
		return scope.stationFilter()
			.map(id -> this.warnings.findByStationIdOrderByWarnedAtDesc(id, pageable))
			.orElseGet(() -> this.warnings.findAllByOrderByWarnedAtDesc(pageable));
	}

	/**
	 * Reads an early warning in full (the victim's unmasked phone and particulars) and
	 * writes the personal-data audit entry for that view.
	 * @param username who reads, for the audit log.
	 */
	@Transactional
	public FraudWarning readInFull(Scope scope, Long id, String username) {
		FraudWarning read = get(scope, id);
		this.audit.record(read.getStationId(), username, AuditService.FULL_VIEW, "fraud-warning", id);
		return read;
	}

	public FraudWarning get(Scope scope, Long id) {
		return this.warnings.findInScope(id, scope).orElseThrow(() -> new WarningNotFoundException(id));
	}

	@Transactional
	public FraudWarning register(Scope scope, Long stationId, String victimName, String phone, FraudType type,
			Instant warnedAt, @Nullable Long officerId) {
		if (!scope.allows(stationId)) {
			throw new WarningNotFoundException(-1L);
		}
		if (warnedAt.isAfter(this.clock.instant().plusSeconds(300))) {
			throw RuleViolationException.onField("warnedAt", "antifraud.error.future");
		}
		return this.warnings.save(new FraudWarning(stationId, victimName, phone, type, warnedAt, officerId));
	}

	@Transactional
	public FraudWarning recordOutcome(Scope scope, Long id, long expectedVersion, Intervention intervention,
			String note, WarningOutcome outcome, BigDecimal protectedAmount) {
		FraudWarning warning = get(scope, id);
		if (warning.getVersion() != expectedVersion) {
			throw new RuleViolationException("common.error.staleVersion");
		}
		if (protectedAmount.signum() < 0) {
			throw RuleViolationException.onField("protectedAmount", "antifraud.error.negative");
		}
		warning.record(intervention, note, outcome, protectedAmount, this.clock.instant());
		return this.warnings.save(warning);
	}

	/**
	 * Opens a criminal fraud case from a warning whose outcome is a loss; a second call
	 * returns the case already opened.
	 */
	@Transactional
	public CaseFile openCase(Scope scope, Long id, Long leadOfficerId, CaseActor actor) {
		FraudWarning warning = get(scope, id);
		if (warning.getOutcome() != WarningOutcome.LOSS_OCCURRED) {
			throw new RuleViolationException("antifraud.error.noLoss");
		}
		if (warning.getCaseId() != null) {
			return this.cases.get(scope, warning.getCaseId());
		}
		CaseDetails details = new CaseDetails("电信网络诈骗案（" + warning.getVictimName() + "）", CaseKind.CRIMINAL,
				"CRIMINAL.FRAUD", summaryOf(warning), leadOfficerId, "", this.clock.instant(), false,
				FilingTrack.STANDARD, BigDecimal.ZERO, BigDecimal.ZERO);
		CaseFile caseFile = this.cases.open(scope, warning.getStationId(), details, actor, null, "fraud-warning-" + id);
		warning.linkCase(caseFile.getId());
		this.warnings.save(warning);
		return caseFile;
	}

	/**
	 * The opened case's summary, in the station's language like the rest of its record:
	 * the fraud type by name, never its code.
	 */
	private String summaryOf(FraudWarning warning) {
		String at = SUMMARY_TIME.format(warning.getWarnedAt().atZone(this.clock.getZone()));
		return warning.getFraudType().nameZh() + "。" + at + " 预警劝阻后仍发生损失。"
				+ (warning.getInterventionNote().isBlank() ? "" : "劝阻记录：" + warning.getInterventionNote());
	}

	public Page<PublicitySession> sessions(Scope scope, Pageable pageable) {
		return scope.stationFilter()
			.map(id -> this.sessions.findByStationIdOrderByHeldOnDesc(id, pageable))
			.orElseGet(() -> this.sessions.findAllByOrderByHeldOnDesc(pageable));
	}

	@Transactional
	public PublicitySession recordSession(Scope scope, Long stationId, LocalDate heldOn, SessionKind kind, String venue,
			String audience, int headcount, @Nullable Long officerId) {
		if (!scope.allows(stationId)) {
			throw new WarningNotFoundException(-1L);
		}
		if (heldOn.isAfter(LocalDate.now(this.clock))) {
			throw RuleViolationException.onField("heldOn", "antifraud.error.future");
		}
		if (headcount < 0) {
			throw RuleViolationException.onField("headcount", "antifraud.error.negative");
		}
		return this.sessions.save(new PublicitySession(stationId, heldOn, kind, venue, audience, headcount, officerId));
	}

}
