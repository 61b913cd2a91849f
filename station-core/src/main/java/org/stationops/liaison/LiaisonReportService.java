package org.stationops.liaison;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.stationops.officers.Officer;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The liaison report per period and officer: share of enterprises visited within their
 * cadence, visits by purpose, overdue files, fast-channel timeliness and screening
 * coverage. Every figure comes from an aggregate query grouped by officer.
 */
@Service
@Transactional(readOnly = true)
public class LiaisonReportService {

	private final LiaisonReportRepository figures;

	/**
	 * The longest period a report covers.
	 */
	static final int MAX_YEARS = 2;

	private final FastChannelTicketRepository tickets;

	private final EnterpriseService enterprises;

	private final Clock clock;

	LiaisonReportService(LiaisonReportRepository figures, FastChannelTicketRepository tickets,
			EnterpriseService enterprises, Clock clock) {
		this.figures = figures;
		this.tickets = tickets;
		this.enterprises = enterprises;
		this.clock = clock;
	}

	/**
	 * @throws RuleViolationException when the period ends before it starts or spans more
	 * than two years.
	 */
	public LiaisonReport report(Scope scope, LocalDate from, LocalDate to) {
		if (to.isBefore(from) || from.plusYears(MAX_YEARS).isBefore(to)) {
			throw RuleViolationException.onField("to", "liaison.report.badPeriod");
		}
		Long stationId = scope.stationId();
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, Map<String, Long>> byOfficer = new LinkedHashMap<>();
		Map<VisitPurpose, Long> purposes = new EnumMap<>(VisitPurpose.class);
		collect(byOfficer, this.figures.cadenceFigures(stationId, to, today));
		collect(byOfficer, this.figures.screenings(stationId, from, to));
		collect(byOfficer, this.figures.visits(stationId, from, to));
		ZoneId zone = this.clock.getZone();
		collect(byOfficer, this.tickets.ledger(stationId, from.atStartOfDay(zone).toInstant(),
				to.plusDays(1).atStartOfDay(zone).toInstant()));
		for (LiaisonFigure f : this.figures.visitsByPurpose(stationId, from, to)) {
			VisitPurpose purpose = VisitPurpose.valueOf(f.getMetric());
			purposes.merge(purpose, f.getValue(), Long::sum);
		}
		Map<Long, Officer> names = this.enterprises.officersByIds(new TreeSet<>(byOfficer.keySet()));
		List<OfficerRow> rows = new ArrayList<>();
		byOfficer.forEach((id, m) -> {
			Officer officer = names.get(id);
			rows.add(new OfficerRow(id, (officer != null) ? officer.getDisplayName() : "—",
					m.getOrDefault("enterprises", 0L), m.getOrDefault("withinCadence", 0L),
					m.getOrDefault("overdue", 0L), m.getOrDefault("visits", 0L), m.getOrDefault("total", 0L),
					m.getOrDefault("onTime", 0L), m.getOrDefault("onTheSpot", 0L), m.getOrDefault("screened", 0L)));
		});
		rows.sort(java.util.Comparator.comparing(OfficerRow::name));
		return new LiaisonReport(from, to, rows, purposes);
	}

	private static void collect(Map<Long, Map<String, Long>> byOfficer, List<LiaisonFigure> figures) {
		for (LiaisonFigure f : figures) {
			if (f.getOfficerId() != null) {
				byOfficer.computeIfAbsent(f.getOfficerId(), k -> new LinkedHashMap<>())
					.merge(f.getMetric(), f.getValue(), Long::sum);
			}
		}
	}

	/**
	 * The report for a period.
	 */
	public record LiaisonReport(LocalDate from, LocalDate to, List<OfficerRow> officers,
			Map<VisitPurpose, Long> visitsByPurpose) {

		public OfficerRow total() {
			return new OfficerRow(null, "", sum(OfficerRow::enterprises), sum(OfficerRow::withinCadence),
					sum(OfficerRow::overdue), sum(OfficerRow::visits), sum(OfficerRow::tickets),
					sum(OfficerRow::ticketsOnTime), sum(OfficerRow::ticketsOnTheSpot), sum(OfficerRow::screened));
		}

		private long sum(java.util.function.ToLongFunction<OfficerRow> f) {
			return this.officers.stream().mapToLong(f).sum();
		}

	}

	/**
	 * One officer's figures for the period.
	 */
	public record OfficerRow(@Nullable Long officerId, String name, long enterprises, long withinCadence, long overdue,
			long visits, long tickets, long ticketsOnTime, long ticketsOnTheSpot, long screened) {

		public int withinCadencePercent() {
			return FastChannelService.Ledger.percent(this.withinCadence, this.enterprises);
		}

		public int onTimePercent() {
			return FastChannelService.Ledger.percent(this.ticketsOnTime, this.tickets);
		}

		public int coveragePercent() {
			return FastChannelService.Ledger.percent(this.screened, this.enterprises);
		}

	}

}
