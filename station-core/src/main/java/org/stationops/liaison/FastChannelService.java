package org.stationops.liaison;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fast channel (快速通道): tickets from enterprises' reports, their deadlines and the
 * ledger of how many were handled on the spot and on time.
 */
@Service
@Transactional(readOnly = true)
public class FastChannelService {

	private final FastChannelTicketRepository tickets;

	private final EnterpriseService enterprises;

	private final Clock clock;

	private final java.util.List<LinkedRecordCheck> linkChecks;

	FastChannelService(FastChannelTicketRepository tickets, EnterpriseService enterprises, Clock clock,
			java.util.List<LinkedRecordCheck> linkChecks) {
		this.tickets = tickets;
		this.enterprises = enterprises;
		this.clock = clock;
		this.linkChecks = linkChecks;
	}

	public Page<FastChannelTicket> list(Scope scope, @Nullable TicketStatus status, Pageable pageable) {
		return this.tickets.list(scope.stationId(), status, pageable);
	}

	public FastChannelTicket get(Scope scope, Long id) {
		return this.tickets.findInScope(id, scope).orElseThrow(() -> LiaisonNotFoundException.forId("ticket", id));
	}

	public List<FastChannelTicket> forEnterprise(Scope scope, Long enterpriseId) {
		this.enterprises.get(scope, enterpriseId);
		return this.tickets.findByEnterpriseIdOrderByReportedAtDesc(enterpriseId);
	}

	/**
	 * @return the officer's unresolved tickets at the station, the nearest resolution
	 * deadline (SLA) first, at most eight.
	 */
	public List<FastChannelTicket> openFor(Long stationId, Long officerId) {
		return this.tickets.findTop8ByStationIdAndOfficerIdAndStatusInOrderByResolutionDueAsc(stationId, officerId,
				List.of(TicketStatus.OPEN, TicketStatus.RESPONDED));
	}

	public Instant now() {
		return this.clock.instant();
	}

	public long openCount(Long stationId) {
		return this.tickets.countByStationIdAndStatusNot(stationId, TicketStatus.RESOLVED);
	}

	@Transactional
	public FastChannelTicket open(Scope scope, Long enterpriseId, String type, Urgency urgency, String description,
			@Nullable Instant reportedAt) {
		Enterprise enterprise = this.enterprises.get(scope, enterpriseId);
		Instant at = (reportedAt != null) ? reportedAt : this.clock.instant();
		if (at.isAfter(this.clock.instant())) {
			throw RuleViolationException.onField("reportedAt", "liaison.ticket.inFuture");
		}
		return this.tickets.save(new FastChannelTicket(enterprise.getStationId(), enterpriseId,
				enterprise.getLiaisonOfficerId(), type.trim(), urgency, description.trim(), at));
	}

	@Transactional
	public FastChannelTicket respond(Scope scope, Long id, long expectedVersion) {
		FastChannelTicket ticket = checked(scope, id, expectedVersion);
		ticket.respond(this.clock.instant());
		return this.tickets.save(ticket);
	}

	@Transactional
	public FastChannelTicket resolve(Scope scope, Long id, long expectedVersion, @Nullable Instant resolvedAt,
			boolean onTheSpot, String outcome, @Nullable Long incidentId, @Nullable Long caseId) {
		FastChannelTicket ticket = checked(scope, id, expectedVersion);
		if (ticket.getStatus() == TicketStatus.RESOLVED) {
			throw new RuleViolationException("liaison.ticket.alreadyResolved");
		}
		Instant at = (resolvedAt != null) ? resolvedAt : this.clock.instant();
		if (at.isBefore(ticket.getReportedAt()) || at.isAfter(this.clock.instant())) {
			throw RuleViolationException.onField("resolvedAt", "liaison.ticket.resolvedAtInvalid");
		}
		if (outcome.isBlank()) {
			throw RuleViolationException.onField("outcome", "liaison.ticket.outcomeRequired");
		}
		checkLink(ticket, LinkedRecordCheck.Kind.INCIDENT, incidentId, "incidentId");
		checkLink(ticket, LinkedRecordCheck.Kind.CASE, caseId, "caseId");
		ticket.resolve(at, onTheSpot, outcome.trim(), incidentId, caseId);
		return this.tickets.save(ticket);
	}

	private void checkLink(FastChannelTicket ticket, LinkedRecordCheck.Kind kind, @Nullable Long id, String field) {
		if (id != null && this.linkChecks.stream()
			.filter(check -> check.kind() == kind)
			.anyMatch(check -> !check.existsAt(ticket.getStationId(), id))) {
			throw RuleViolationException.onField(field, "liaison.ticket.linkUnknown", id);
		}
	}

	/**
	 * @return the ledger for tickets reported in [from, to).
	 */
	public Ledger ledger(Scope scope, Instant from, Instant to) {
		long total = 0;
		long resolved = 0;
		long onTheSpot = 0;
		long onTime = 0;
		for (LiaisonFigure f : this.tickets.ledger(scope.stationId(), from, to)) {
			switch (f.getMetric()) {
				case "total" -> total += f.getValue();
				case "resolved" -> resolved += f.getValue();
				case "onTheSpot" -> onTheSpot += f.getValue();
				case "onTime" -> onTime += f.getValue();
				default -> {
				}
			}
		}
		return new Ledger(total, resolved, onTheSpot, onTime);
	}

	private FastChannelTicket checked(Scope scope, Long id, long expectedVersion) {
		FastChannelTicket ticket = get(scope, id);
		if (ticket.getVersion() != expectedVersion) {
			throw new RuleViolationException("common.error.staleVersion");
		}
		return ticket;
	}

	/**
	 * Fast-channel figures: shares are of all tickets reported in the period.
	 */
	public record Ledger(long total, long resolved, long onTheSpot, long onTime) {

		public int onTheSpotPercent() {
			return percent(this.onTheSpot, this.total);
		}

		public int onTimePercent() {
			return percent(this.onTime, this.total);
		}

		static int percent(long part, long whole) {
			return (whole == 0) ? 0 : Math.round(part * 100f / whole);
		}

	}

}
