package org.stationops.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

/**
 * A case's append-only timeline: each entry carries its codes in typed columns.
 */
@Component
class CaseTimeline {

	private final CaseRecordRepository.Events events;

	private final Clock clock;

	CaseTimeline(CaseRecordRepository.Events events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	CaseEvent record(CaseFile caseFile, CaseActor actor, EventType type, UnaryOperator<CaseEvent> facts) {
		return record(caseFile, actor, type, this.clock.instant(), facts);
	}

	CaseEvent record(CaseFile caseFile, CaseActor actor, EventType type, Instant at, UnaryOperator<CaseEvent> facts) {
		return this.events.save(facts.apply(new CaseEvent(caseFile, at, actor, type)));
	}

	List<CaseEvent> of(CaseFile caseFile) {
		return this.events.findByCaseIdOrderByOccurredAtAscIdAsc(caseFile.getId());
	}

}
