package org.stationops.incidents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.stationops.audit.AuditService;
import org.stationops.officers.OfficerService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents from intake to disposition, within the caller's {@link Scope}: a record of
 * another station answers as not found.
 */
@Service
@Transactional(readOnly = true)
public class IncidentService {

	private final IncidentRepository incidents;

	private final IncidentQueries queries;

	private final IncidentNoteRepository notes;

	private final IncidentCategoryRepository categories;

	private volatile @Nullable List<IncidentCategory> categoryCache;

	private final StationService stations;

	private final OfficerService officers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AuditService audit;

	private final Duration urgentAfter;

	IncidentService(IncidentRepository incidents, IncidentQueries queries, IncidentNoteRepository notes,
			IncidentCategoryRepository categories, StationService stations, OfficerService officers,
			ApplicationEventPublisher events, Clock clock, AuditService audit,
			@Value("${stationops.dispatch.urgent-after:PT10M}") Duration urgentAfter) {
		this.audit = audit;
		this.urgentAfter = urgentAfter;
		this.incidents = incidents;
		this.queries = queries;
		this.notes = notes;
		this.categories = categories;
		this.stations = stations;
		this.officers = officers;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The category taxonomy, read once: it is reference data that only a migration
	 * changes, and every incident page asks for it.
	 * @return every category, in display order
	 */
	public List<IncidentCategory> categories() {
		List<IncidentCategory> all = this.categoryCache;
		if (all == null) {
			all = List.copyOf(this.categories.findAllByOrderBySortOrder());
			this.categoryCache = all;
		}
		return all;
	}

	public Map<String, IncidentCategory> categoriesByCode() {
		return categories().stream().collect(Collectors.toMap(IncidentCategory::getCode, Function.identity()));
	}

	/**
	 * Finds incidents by what a caller quotes: a receipt number or query code (exact, any
	 * case) or the reporter's phone (exact digits), newest first, within the scope.
	 * @param scope the officer's scope
	 * @param reference what was typed
	 * @return at most 20 incidents
	 */
	public List<Incident> findByReference(Scope scope, String reference) {
		String text = reference.strip();
		if (text.isEmpty()) {
			return List.of();
		}
		List<Incident> found;
		if (text.matches("\\+?[0-9 -]{7,20}")) {
			String phone = text.replaceAll("[^0-9]", "");
			found = scope.stationFilter()
				.map(station -> this.incidents.findTop20ByStationIdAndReporterPhoneOrderByReceivedAtDesc(station,
						phone))
				.orElseGet(() -> this.incidents.findTop20ByReporterPhoneOrderByReceivedAtDesc(phone));
		}
		else {
			String upper = text.toUpperCase(java.util.Locale.ROOT);
			found = this.incidents.findTop20ByReceiptNumberOrQueryCode(upper, upper);
		}
		return found.stream().filter(scope::reaches).toList();
	}

	/**
	 * @return whether incidents of the category count as preventable (可防性).
	 */
	public boolean isPreventable(String categoryCode) {
		return categories().stream()
			.filter(c -> c.getCode().equals(categoryCode))
			.findFirst()
			.map(IncidentCategory::isPreventable)
			.orElse(false);
	}

	/**
	 * Registers an incident. A second call with the same {@code formToken} (a
	 * double-clicked submit) returns the incident the first call created.
	 * @param formToken random token of the intake form, or {@literal null} (API, import).
	 * @param externalRef the 110 system's reference, unique per station, or
	 * {@literal null}.
	 */
	@Transactional
	public Incident register(Scope scope, Long stationId, IncidentDetails details, @Nullable String formToken,
			@Nullable String externalRef, String username) {
		if (formToken != null) {
			Optional<Incident> earlier = this.incidents.findByFormToken(formToken);
			if (earlier.isPresent()) {
				return earlier.filter(scope::reaches).orElseThrow(() -> IncidentNotFoundException.forId(formToken));
			}
		}
		checkText(details, externalRef);
		String stationCode = this.stations.get(scope, stationId).getCode();
		IncidentCategory category = check(scope, stationId, details);
		if (externalRef != null && this.incidents.existsByStationIdAndExternalRef(stationId, externalRef)) {
			throw RuleViolationException.onField("externalRef", "incidents.externalRef.duplicate", externalRef);
		}
		LocalDate day = LocalDate.ofInstant(details.receivedAt(), this.clock.getZone());
		String receipt = ReceiptNumbers.format(stationCode, day, this.queries.nextReceiptSequence(stationId, day));
		try {
			Incident incident = new Incident(stationId, receipt, ReceiptNumbers.newQueryCode(), formToken, externalRef,
					details, username, this.clock.instant());
			incident.prioritise(category.getPriority());
			return this.incidents.saveAndFlush(incident);
		}
		catch (DataIntegrityViolationException ex) {
			// the same reference sent twice at once: the check above saw neither
			if (externalRef != null && String.valueOf(ex.getMessage()).contains("incidents_station_external_ref_key")) {
				throw RuleViolationException.onField("externalRef", "incidents.externalRef.duplicate", externalRef);
			}
			throw ex;
		}
	}

	/**
	 * Registers a batch in one transaction: all incidents or, if any is refused, none.
	 * @return the incidents, in order.
	 */
	@Transactional
	public List<Incident> registerAll(Scope scope, List<Registration> batch, String username) {
		return batch.stream()
			.map(r -> register(scope, r.stationId(), r.details(), null, r.externalRef(), username))
			.toList();
	}

	/**
	 * One incident of a batch import.
	 */
	public record Registration(Long stationId, IncidentDetails details, @Nullable String externalRef) {

	}

	/**
	 * Validates a registration without saving it (the CSV import checks every row first).
	 * @throws RuleViolationException naming the field at fault.
	 */
	public void checkRegistration(Scope scope, Long stationId, IncidentDetails details, @Nullable String externalRef) {
		checkText(details, externalRef);
		this.stations.get(scope, stationId);
		check(scope, stationId, details);
		if (externalRef != null && this.incidents.existsByStationIdAndExternalRef(stationId, externalRef)) {
			throw RuleViolationException.onField("externalRef", "incidents.externalRef.duplicate", externalRef);
		}
	}

	public Optional<Incident> findByFormToken(String formToken) {
		return this.incidents.findByFormToken(formToken);
	}

	/**
	 * Reads an incident in full (the caller's unmasked phone and particulars) and writes
	 * the personal-data audit entry for that view.
	 * @param username who reads, for the audit log.
	 */
	@Transactional
	public Incident readInFull(Scope scope, Long id, String username) {
		Incident read = get(scope, id);
		this.audit.record(read.getStationId(), username, AuditService.FULL_VIEW, "incident", id,
				read.getReceiptNumber());
		return read;
	}

	/**
	 * @return the receipt number of an incident in scope, the number people quote for it.
	 */
	public Optional<String> receiptNumber(Scope scope, Long id) {
		return this.incidents.findInScope(id, scope).map(Incident::getReceiptNumber);
	}

	public Incident get(Scope scope, Long id) {
		return this.incidents.findInScope(id, scope).orElseThrow(() -> IncidentNotFoundException.forId(id));
	}

	/**
	 * Saves an edit made on {@code expectedVersion}.
	 * @throws IncidentEditConflictException when someone saved in between.
	 */
	@Transactional
	public Incident update(Scope scope, Long id, long expectedVersion, IncidentDetails details) {
		Incident incident = get(scope, id);
		if (incident.getVersion() != expectedVersion) {
			throw new IncidentEditConflictException(incident.details(), incident.getVersion(),
					incident.details().differingFields(details));
		}
		checkText(details, null);
		IncidentCategory category = check(scope, incident.getStationId(), details);
		incident.apply(details);
		incident.prioritise(category.getPriority());
		return this.incidents.saveAndFlush(incident);
	}

	public Page<Incident> search(Scope scope, IncidentFilter filter, Pageable pageable) {
		IncidentFilter scoped = new IncidentFilter(scope.stationFilter().orElse(filter.stationId()), filter.from(),
				filter.to(), filter.categoryCode(), filter.status(), filter.areaId(), filter.officerId(),
				(filter.text() == null || filter.text().isBlank()) ? null : filter.text().trim());
		return this.queries.search(scoped, pageable);
	}

	/**
	 * @return incidents not yet cleared, the most urgent first and, within a priority,
	 * oldest first: the dispatch board.
	 */
	public List<Incident> board(Scope scope) {
		List<Incident> open = scope.stationFilter()
			.map(id -> this.incidents.findByStationIdAndStatusInOrderByReceivedAt(id, IncidentStatus.ON_BOARD))
			.orElseGet(() -> this.incidents.findByStatusInOrderByReceivedAt(IncidentStatus.ON_BOARD));
		return open.stream().sorted(BOARD_ORDER).toList();
	}

	/** The board's order: priority, then age (oldest first), then receipt. */
	public static final java.util.Comparator<Incident> BOARD_ORDER = java.util.Comparator
		.comparing(Incident::getPriority)
		.thenComparing(Incident::getReceivedAt)
		.thenComparing(Incident::getReceiptNumber);

	/**
	 * Urgent incidents nobody has been sent to for longer than
	 * {@code stationops.dispatch.urgent-after} (ten minutes unless configured): the board
	 * flags them, and a station's screen can show the same list.
	 * @return those incidents, oldest first
	 */
	public List<Incident> overdueUrgent(Scope scope) {
		Instant now = this.clock.instant();
		return board(scope).stream()
			.filter(i -> i.isOverdueUrgent(now, this.urgentAfter))
			.sorted(java.util.Comparator.comparing(Incident::getReceivedAt))
			.toList();
	}

	/**
	 * @return how long an urgent incident may wait for dispatch before it is flagged.
	 */
	public Duration urgentAfter() {
		return this.urgentAfter;
	}

	/**
	 * An officer's override of the priority the category gave (refused when unchanged or
	 * once the scene is cleared); written to the audit log.
	 */
	@Transactional
	public Incident overridePriority(Scope scope, Long id, IncidentPriority priority, String username) {
		Incident incident = get(scope, id);
		incident.overridePriority(priority);
		Incident saved = this.incidents.saveAndFlush(incident);
		this.audit.record(saved.getStationId(), username, AuditService.PRIORITY_OVERRIDE, "incident", id);
		return saved;
	}

	@Transactional
	public Incident dispatch(Scope scope, Long id, @Nullable Long officerId, String team, Instant at) {
		Incident incident = get(scope, id);
		if (officerId != null && this.officers.activeAt(incident.getStationId())
			.stream()
			.noneMatch(o -> officerId.equals(o.getId()))) {
			throw RuleViolationException.onField("officerId", "incidents.dispatch.officerNotAtStation");
		}
		incident.dispatch(officerId, team.trim(), at);
		return this.incidents.save(incident);
	}

	@Transactional
	public Incident arrive(Scope scope, Long id, Instant at) {
		Incident incident = get(scope, id);
		incident.arrive(at);
		return this.incidents.save(incident);
	}

	@Transactional
	public Incident clear(Scope scope, Long id, Instant at) {
		Incident incident = get(scope, id);
		incident.clear(at);
		return this.incidents.save(incident);
	}

	/**
	 * Records the disposition. For {@link IncidentStatus#CASE_OPENED} and
	 * {@link IncidentStatus#REFERRED_TO_MEDIATION} publishes {@link IncidentReferred}
	 * inside this transaction.
	 * @param guidePath the handling-guide steps taken, as text, or empty.
	 */
	@Transactional
	public Incident dispose(Scope scope, Long id, IncidentStatus disposition, String note, String transferUnit,
			String guidePath, Long officerId, Instant at) {
		Incident incident = get(scope, id);
		incident.dispose(disposition, note.trim(), transferUnit.trim(), guidePath, at);
		Incident saved = this.incidents.saveAndFlush(incident);
		IncidentReferred.Target target = switch (disposition) {
			case CASE_OPENED -> IncidentReferred.Target.CASE;
			case REFERRED_TO_MEDIATION -> IncidentReferred.Target.MEDIATION;
			default -> null;
		};
		if (target != null) {
			this.events.publishEvent(new IncidentReferred(saved.getId(), saved.getStationId(), target, officerId,
					saved.getCategoryCode(), saved.getDescription(), at, saved.getLocation(), saved.getReceivedAt()));
		}
		return saved;
	}

	@Transactional
	public Incident completeTransfer(Scope scope, Long id, Instant at) {
		Incident incident = get(scope, id);
		incident.completeTransfer(at);
		return this.incidents.save(incident);
	}

	@Transactional
	public Incident recordGuidePath(Scope scope, Long id, String path) {
		Incident incident = get(scope, id);
		incident.recordGuidePath(path);
		return this.incidents.save(incident);
	}

	@Transactional
	public IncidentNote addNote(Scope scope, Long id, String author, String text, boolean shownToReporter, Instant at) {
		Incident incident = get(scope, id);
		if (text.isBlank()) {
			throw RuleViolationException.onField("text", "incidents.note.required");
		}
		return this.notes.save(new IncidentNote(incident, author, text.trim(), shownToReporter, at));
	}

	public List<IncidentNote> notes(Scope scope, Long id) {
		get(scope, id);
		return this.notes.findByIncidentIdOrderByWrittenAt(id);
	}

	/**
	 * @return the officer's incidents not yet cleared at the scope's station, oldest
	 * first, at most ten: the first part of an officer's work list. Empty for a
	 * bureau-wide scope.
	 */
	public List<Incident> openAssignedTo(Scope scope, Long officerId) {
		return scope.stationFilter()
			.map(id -> this.incidents.findTop10ByStationIdAndAssignedOfficerIdAndStatusInOrderByReceivedAt(id,
					officerId, IncidentStatus.ON_BOARD))
			.orElseGet(List::of);
	}

	/**
	 * Counts today's incidents and the open ones by age in the database (two statements;
	 * no incident is loaded).
	 */
	public DashboardFigures figures(Scope scope) {
		Instant now = this.clock.instant();
		Instant startOfDay = LocalDate.now(this.clock).atStartOfDay(this.clock.getZone()).toInstant();
		long[] today = this.queries.receivedSince(scope.stationId(), startOfDay);
		@Nullable Duration averageResponse = (today[2] == 0) ? null
				: Duration.of(today[3], ChronoUnit.MICROS).dividedBy(today[2]);
		return new DashboardFigures(today[0], today[1], this.queries.openByAge(scope.stationId(), now),
				averageResponse);
	}

	/**
	 * @return the mean response time (arrival − dispatch) of those incidents that have
	 * one.
	 */
	public static @Nullable Duration averageResponse(List<Incident> incidents) {
		List<Duration> times = incidents.stream().map(Incident::responseTime).flatMap(Optional::stream).toList();
		if (times.isEmpty()) {
			return null;
		}
		return times.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(times.size());
	}

	/**
	 * Refuses the NUL character, which no text field can hold (PostgreSQL rejects it); a
	 * 110 export or a pasted value may carry one.
	 */
	private static void checkText(IncidentDetails details, @Nullable String externalRef) {
		checkText("externalRef", externalRef);
		checkText("categoryCode", details.categoryCode());
		checkText("location", details.location());
		checkText("reporterName", details.reporterName());
		checkText("reporterPhone", details.reporterPhone());
		checkText("reporterIdNumber", details.reporterIdNumber());
		checkText("description", details.description());
		checkText("anonymityReason", details.anonymityReason());
	}

	private static void checkText(String field, @Nullable String text) {
		if (text != null && text.indexOf(0) >= 0) {
			throw RuleViolationException.onField(field, "incidents.text.invalidCharacter");
		}
	}

	private IncidentCategory check(Scope scope, Long stationId, IncidentDetails details) {
		if (details.anonymous() && details.anonymityReason().isBlank()) {
			throw RuleViolationException.onField("anonymityReason", "incidents.anonymous.reasonRequired");
		}
		IncidentCategory category = this.categories.findByCode(details.categoryCode())
			.orElseThrow(() -> RuleViolationException.onField("categoryCode", "incidents.category.unknown"));
		if (category.isTopLevel()) {
			throw RuleViolationException.onField("categoryCode", "incidents.category.subTypeRequired");
		}
		if (details.areaId() != null) {
			Long areaStation;
			try {
				areaStation = this.stations.getArea(scope, details.areaId()).getStationId();
			}
			catch (org.stationops.shared.NotFoundException ex) {
				areaStation = null;
			}
			if (!Objects.equals(areaStation, stationId)) {
				throw RuleViolationException.onField("areaId", "incidents.area.notAtStation");
			}
		}
		if (details.latitude() != null && details.latitude().abs().compareTo(java.math.BigDecimal.valueOf(90)) > 0) {
			throw RuleViolationException.onField("latitude", "incidents.coordinates.outOfRange");
		}
		if (details.longitude() != null && details.longitude().abs().compareTo(java.math.BigDecimal.valueOf(180)) > 0) {
			throw RuleViolationException.onField("longitude", "incidents.coordinates.outOfRange");
		}
		if ((details.latitude() == null) != (details.longitude() == null)) {
			throw RuleViolationException.onField("longitude", "incidents.coordinates.bothOrNone");
		}
		if (details.receivedAt().isAfter(this.clock.instant().plus(Duration.ofMinutes(5)))) {
			throw RuleViolationException.onField("receivedAt", "incidents.receivedAt.future");
		}
		return category;
	}

}
