package org.stationops.consultations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.stationops.audit.AuditService;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.shared.StationTime;
import org.stationops.stations.StationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations within the caller's {@link Scope}: a consultation of another station
 * answers as not found.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationService {

	/** The audit subject type of a consultation shown with the person's phone. */
	public static final String AUDIT_SUBJECT = "CONSULTATION";

	private final ConsultationRepository consultations;

	private final AuditService audit;

	private final StationService stations;

	private final IncidentService incidents;

	private final Clock clock;

	ConsultationService(ConsultationRepository consultations, StationService stations, IncidentService incidents,
			AuditService audit, Clock clock) {
		this.audit = audit;
		this.consultations = consultations;
		this.stations = stations;
		this.incidents = incidents;
		this.clock = clock;
	}

	public Page<Consultation> list(Scope scope, @Nullable Long stationId, @Nullable Channel channel,
			@Nullable Topic topic, boolean unansweredOnly, Pageable pageable) {
		return this.consultations.list(scope.stationFilter().orElse(stationId), channel, topic, unansweredOnly,
				pageable);
	}

	public Consultation get(Scope scope, Long id) {
		return this.consultations.findInScope(scope, id).orElseThrow(() -> ConsultationNotFoundException.forId(id));
	}

	/**
	 * Reads a consultation with the person's full phone; the view is audited when there
	 * is one.
	 */
	public Consultation read(Scope scope, Long id, String username) {
		Consultation consultation = get(scope, id);
		if (!consultation.getPersonPhone().isEmpty()) {
			this.audit.record(consultation.getStationId(), username, AuditService.FULL_VIEW, AUDIT_SUBJECT, id);
		}
		return consultation;
	}

	/**
	 * @return counts per channel and topic of the month (in the station's zone).
	 */
	public List<MonthlyCount> monthlyCounts(Scope scope, @Nullable Long stationId, YearMonth month) {
		Instant from = month.atDay(1).atStartOfDay(StationTime.ZONE).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(StationTime.ZONE).toInstant();
		return this.consultations.countsBetween(scope.stationFilter().orElse(stationId), from, to);
	}

	@Transactional
	public Consultation register(Scope scope, Long stationId, ConsultationDetails details, String username) {
		this.stations.get(scope, stationId);
		if (details.receivedAt().isAfter(this.clock.instant().plus(Duration.ofMinutes(5)))) {
			throw RuleViolationException.onField("receivedAt", "consultations.receivedAt.future");
		}
		return this.consultations.saveAndFlush(new Consultation(stationId, details, username));
	}

	@Transactional
	public Consultation answer(Scope scope, Long id, long version, String answer, String username) {
		return work(scope, id, version, c -> c.answer(answer.trim(), username, this.clock.instant()));
	}

	/**
	 * Opens an incident from the consultation in one step, through the incidents feature:
	 * the question becomes the description, the person the reporter.
	 */
	@Transactional
	public Consultation openIncident(Scope scope, Long id, long version, String categoryCode, String location,
			String username) {
		Consultation consultation = get(scope, id);
		requireVersion(consultation, version);
		consultation.checkNoIncident();
		if (location.isBlank()) {
			throw RuleViolationException.onField("location", "consultations.incident.locationRequired");
		}
		Incident incident = this.incidents.register(scope, consultation.getStationId(),
				new IncidentDetails(consultation.getReceivedAt(), consultation.getChannel().incidentSource(),
						categoryCode, location.trim(), null, null, null, consultation.getPersonName(),
						consultation.getPersonPhone(), "", consultation.getQuestion()),
				null, null, username);
		consultation.becameIncident(incident.getId(), incident.getReceiptNumber());
		return this.consultations.saveAndFlush(consultation);
	}

	private Consultation work(Scope scope, Long id, long version, Consumer<Consultation> verb) {
		Consultation consultation = get(scope, id);
		requireVersion(consultation, version);
		verb.accept(consultation);
		return this.consultations.saveAndFlush(consultation);
	}

	private static void requireVersion(Consultation consultation, long version) {
		if (consultation.getVersion() != version) {
			throw new RuleViolationException("consultations.edit.conflict");
		}
	}

}
