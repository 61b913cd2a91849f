package org.stationops.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.stationops.shared.Scope;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored daily briefs (每日警情): generated once per station and day, even when several
 * application nodes run the morning job at once, and listed per station.
 */
@Service
public class DailyBriefService {

	private final DailyBriefStore store;

	private final AnalysisService analysis;

	private final StationService stations;

	DailyBriefService(DailyBriefStore store, AnalysisService analysis, StationService stations) {
		this.store = store;
		this.analysis = analysis;
		this.stations = stations;
	}

	/**
	 * Generates the brief of the day for every station that has none yet. Only the node
	 * holding the cluster-wide lock generates; another node running at the same moment
	 * returns at once, and one running later finds the briefs stored.
	 * @param day the day the briefs cover (yesterday, in the morning job).
	 * @param now the generation time.
	 * @param render renders a brief's analysis to PDF.
	 * @return how many briefs this call stored.
	 */
	@Transactional
	public int generate(LocalDate day, Instant now, Function<PeriodAnalysis, byte[]> render) {
		if (!this.store.tryLockGeneration()) {
			return 0;
		}
		List<Long> all = this.stations.visibleStations(Scope.bureau()).stream().map(Station::getId).toList();
		Set<Long> done = new HashSet<>(this.store.stationsWithBrief(all, day));
		int stored = 0;
		for (Long stationId : all) {
			if (done.contains(stationId)) {
				continue;
			}
			PeriodAnalysis brief = this.analysis.analyse(Scope.station(stationId), stationId, ReportPeriod.DAY, day);
			if (this.store.insertIfAbsent(
					new DailyBriefStore.NewBrief(stationId, day, now, brief.total().current(), brief.total().previous(),
							brief.total().yearAgo(), brief.significantSubTypes().size(), render.apply(brief)))) {
				stored++;
			}
		}
		return stored;
	}

	/**
	 * @return the briefs the scope reaches, newest day first.
	 */
	@Transactional(readOnly = true)
	public Page<DailyBrief> list(Scope scope, Pageable page) {
		List<Long> ids = this.stations.visibleStations(scope).stream().map(Station::getId).toList();
		if (ids.isEmpty()) {
			return Page.empty(page);
		}
		return new PageImpl<>(this.store.list(ids, (int) page.getOffset(), page.getPageSize()), page,
				this.store.count(ids));
	}

	/**
	 * @return the brief's PDF, if the scope reaches its station.
	 */
	@Transactional(readOnly = true)
	public DailyBriefStore.BriefPdf pdf(Scope scope, long id) {
		return this.store.pdf(id)
			.filter(b -> scope.allows(b.stationId()))
			.orElseThrow(() -> BriefNotFoundException.forId(id));
	}

}
