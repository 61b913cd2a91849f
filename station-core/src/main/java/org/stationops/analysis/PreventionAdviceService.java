package org.stationops.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.shared.StationTime;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prevention advice (防范建议): written by supervisors from a hotspot or a run of similar
 * incidents, sent to an enterprise, a compound or a service station, answered, and
 * reviewed against the incident counts of the weeks before and after.
 */
@Service
@Transactional(readOnly = true)
public class PreventionAdviceService {

	/** Weeks compared before and after sending, at most. */
	public static final int WEEKS = 4;

	private final PreventionAdviceRepository advice;

	private final AdviceQueries queries;

	private final StationService stations;

	private final Clock clock;

	PreventionAdviceService(PreventionAdviceRepository advice, AdviceQueries queries, StationService stations,
			Clock clock) {
		this.advice = advice;
		this.queries = queries;
		this.stations = stations;
		this.clock = clock;
	}

	public Page<PreventionAdvice> list(Scope scope, Pageable pageable) {
		List<Long> ids = this.stations.visibleStations(scope).stream().map(Station::getId).toList();
		return this.advice.findByStationIdInOrderByWrittenAtDescIdDesc(ids, pageable);
	}

	public PreventionAdvice get(Scope scope, Long id) {
		return this.advice.findInScope(id, scope).orElseThrow(() -> AdviceNotFoundException.forId(id));
	}

	public List<AdviceQueries.Target> targets(long stationId) {
		return this.queries.targets(stationId);
	}

	public List<AdviceQueries.Category> categories() {
		return this.queries.categories();
	}

	@Transactional
	public PreventionAdvice write(Scope scope, Long stationId, AdviceDetails details, String username) {
		this.stations.get(scope, stationId);
		PreventionAdvice written = new PreventionAdvice(stationId, checked(stationId, details),
				targetName(stationId, details), username, this.clock.instant());
		return this.advice.saveAndFlush(written);
	}

	@Transactional
	public PreventionAdvice edit(Scope scope, Long id, long version, AdviceDetails details) {
		PreventionAdvice current = current(scope, id, version);
		current.edit(checked(current.getStationId(), details), targetName(current.getStationId(), details));
		return this.advice.saveAndFlush(current);
	}

	@Transactional
	public PreventionAdvice send(Scope scope, Long id, long version, LocalDate on) {
		PreventionAdvice current = current(scope, id, version);
		current.send(on, today());
		return this.advice.saveAndFlush(current);
	}

	@Transactional
	public PreventionAdvice recordReply(Scope scope, Long id, long version, LocalDate on, String text) {
		PreventionAdvice current = current(scope, id, version);
		current.recordReply(on, text.strip(), today());
		return this.advice.saveAndFlush(current);
	}

	@Transactional
	public PreventionAdvice review(Scope scope, Long id, long version, PatternOutcome outcome, String note) {
		PreventionAdvice current = current(scope, id, version);
		current.review(outcome, note.strip(), today());
		return this.advice.saveAndFlush(current);
	}

	/**
	 * @return the pattern's weekly counts before sending and in the complete weeks since
	 * (at most {@value #WEEKS} each), or {@literal null} before the advice was sent.
	 */
	public @Nullable PatternChange pattern(PreventionAdvice advice) {
		LocalDate sent = advice.getSentOn();
		if (sent == null) {
			return null;
		}
		long elapsedWeeks = java.time.temporal.ChronoUnit.WEEKS.between(sent, today());
		int weeks = (int) Math.max(1, Math.min(WEEKS, elapsedWeeks));
		long[] both = this.queries.weeklyCounts(advice.getStationId(), advice.getAreaId(), advice.getCategoryCode(),
				sent.minusWeeks(weeks), 2 * weeks);
		long[] before = java.util.Arrays.copyOfRange(both, 0, weeks);
		long[] after = (elapsedWeeks < 1) ? new long[0] : java.util.Arrays.copyOfRange(both, weeks, 2 * weeks);
		PatternChange change = new PatternChange(sent, before, after, new Change(sum(after), sum(before)));
		return change;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(StationTime.ZONE));
	}

	private PreventionAdvice current(Scope scope, Long id, long version) {
		PreventionAdvice current = get(scope, id);
		if (current.getVersion() != version) {
			throw new RuleViolationException("advice.edit.conflict");
		}
		return current;
	}

	private AdviceDetails checked(Long stationId, AdviceDetails details) {
		if (details.areaId() != null && this.stations.areas(Scope.station(stationId), stationId)
			.stream()
			.noneMatch(a -> a.getId().equals(details.areaId()))) {
			throw RuleViolationException.onField("areaId", "advice.area.unknown");
		}
		if (details.categoryCode() != null
				&& this.queries.categories().stream().noneMatch(c -> c.code().equals(details.categoryCode()))) {
			throw RuleViolationException.onField("categoryCode", "advice.category.unknown");
		}
		return details;
	}

	private String targetName(Long stationId, AdviceDetails details) {
		return this.queries.target(stationId, details.targetKind(), details.targetId())
			.map(AdviceQueries.Target::name)
			.orElseThrow(() -> RuleViolationException.onField("target", "advice.target.unknown"));
	}

	private static long sum(long[] counts) {
		long total = 0;
		for (long n : counts) {
			total += n;
		}
		return total;
	}

}
