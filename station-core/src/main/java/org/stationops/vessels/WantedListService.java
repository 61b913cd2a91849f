package org.stationops.vessels;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stationops.shared.ResidentIdNumbers;
import org.stationops.shared.Scope;
import org.stationops.shared.SpreadsheetText;
import org.stationops.stations.StationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wanted list a station keeps: imported from a file, every line checked first (GB
 * 11643 ID number, name, reason) and nothing written when any line is at fault. Texts are
 * formula-neutralised ({@link SpreadsheetText}) so a list exported again never runs a
 * formula.
 */
@Service
@Transactional(readOnly = true)
public class WantedListService {

	private final WantedPersonRepository wanted;

	private final StationService stations;

	private final Clock clock;

	WantedListService(WantedPersonRepository wanted, StationService stations, Clock clock) {
		this.wanted = wanted;
		this.stations = stations;
		this.clock = clock;
	}

	public Page<WantedPerson> list(Scope scope, Pageable pageable) {
		return scope.stationFilter()
			.map(id -> this.wanted.findByStationIdOrderByListedAtDescIdDesc(id, pageable))
			.orElseGet(() -> this.wanted.findAllByOrderByListedAtDescIdDesc(pageable));
	}

	@Transactional
	public WantedImport.Result importAll(Scope scope, Long stationId, List<WantedImport.Line> lines, String username) {
		this.stations.get(scope, stationId);
		List<WantedImport.Problem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<WantedImport.Line> valid = new ArrayList<>();
		for (WantedImport.Line line : lines) {
			int before = problems.size();
			String id = line.idNumber().trim().toUpperCase(Locale.ROOT);
			if (!ResidentIdNumbers.isValid(id)) {
				problems.add(new WantedImport.Problem(line.line(), "idNumber", "vessels.import.idNumber",
						SpreadsheetText.neutralise(line.idNumber().trim())));
			}
			else if (!seen.add(id)) {
				problems.add(new WantedImport.Problem(line.line(), "idNumber", "vessels.import.twice"));
			}
			if (line.name().isBlank() || line.name().trim().length() > 40) {
				problems.add(new WantedImport.Problem(line.line(), "name", "vessels.import.name"));
			}
			if (line.reason().isBlank() || line.reason().trim().length() > 200) {
				problems.add(new WantedImport.Problem(line.line(), "reason", "vessels.import.reason"));
			}
			if (line.source().trim().length() > 60) {
				problems.add(new WantedImport.Problem(line.line(), "source", "vessels.import.source"));
			}
			if (problems.size() == before) {
				valid.add(new WantedImport.Line(line.line(), id, line.name().trim(), line.reason().trim(),
						line.source().trim()));
			}
		}
		if (!problems.isEmpty()) {
			return new WantedImport.Result(0, 0, problems);
		}
		Map<String, WantedPerson> listed = this.wanted
			.findByStationIdAndIdNumberIn(stationId, valid.stream().map(WantedImport.Line::idNumber).toList())
			.stream()
			.collect(Collectors.toMap(WantedPerson::getIdNumber, Function.identity()));
		Instant now = this.clock.instant();
		int added = 0;
		for (WantedImport.Line line : valid) {
			String name = SpreadsheetText.neutralise(line.name());
			String reason = SpreadsheetText.neutralise(line.reason());
			String source = SpreadsheetText.neutralise(line.source());
			WantedPerson existing = listed.get(line.idNumber());
			if (existing != null) {
				existing.relist(name, reason, source, now, username);
				this.wanted.save(existing);
			}
			else {
				this.wanted.save(new WantedPerson(stationId, line.idNumber(), name, reason, source, now, username));
				added++;
			}
		}
		return new WantedImport.Result(added, valid.size() - added, List.of());
	}

}
