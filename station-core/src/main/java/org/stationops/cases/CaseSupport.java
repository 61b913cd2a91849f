package org.stationops.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.calendar.WorkingCalendar;
import org.stationops.calendar.WorkingDays;
import org.stationops.shared.Scope;
import org.springframework.stereotype.Component;

/**
 * What the case services share: scoped lookup, the timeline, and keeping a case's stored
 * deadline in step with its facts.
 */
@Component
class CaseSupport {

	final CaseRepository cases;

	final CaseRecordRepository.Events events;

	final CaseRecordRepository.Pauses pauses;

	final CaseRecordRepository.Extensions extensions;

	final Clock clock;

	private final WorkingCalendar calendar;

	CaseSupport(CaseRepository cases, CaseRecordRepository.Events events, CaseRecordRepository.Pauses pauses,
			CaseRecordRepository.Extensions extensions, Clock clock, WorkingCalendar calendar) {
		this.cases = cases;
		this.events = events;
		this.pauses = pauses;
		this.extensions = extensions;
		this.clock = clock;
		this.calendar = calendar;
	}

	Instant now() {
		return this.clock.instant();
	}

	CaseFile get(Scope scope, Long id) {
		return this.cases.findById(id)
			.filter(c -> scope.allows(c.getStationId()))
			.orElseThrow(() -> CaseNotFoundException.forId(id));
	}

	void log(CaseFile caseFile, CaseActor actor, EventType type, String detail, @Nullable String publicNote) {
		log(caseFile, actor, type, detail, publicNote, now());
	}

	void log(CaseFile caseFile, CaseActor actor, EventType type, String detail, @Nullable String publicNote,
			Instant at) {
		this.events.save(new CaseEvent(caseFile, at, actor, type, detail, publicNote));
	}

	DeadlineEngine engine() {
		return new DeadlineEngine(this.calendar.snapshot());
	}

	DeadlineEngine engine(WorkingDays days) {
		return new DeadlineEngine(days);
	}

	int extensionCount(CaseFile caseFile) {
		return this.extensions.findByCaseIdOrderByApprovedAt(caseFile.getId()).size();
	}

	DeadlineEngine.ClockFacts facts(CaseFile c) {
		List<DeadlineEngine.Pause> list = this.pauses.findByCaseIdOrderByStartedOn(c.getId())
			.stream()
			.map(ClockPause::asPause)
			.toList();
		return new DeadlineEngine.ClockFacts(c.getKind(), c.getStage(), c.getAcceptedAt(), c.isComplex(),
				c.getFilingTrack(), c.getClockStartedOn(), extensionCount(c), list);
	}

	CaseFile recompute(CaseFile caseFile, DeadlineEngine engine) {
		caseFile.showDeadline(engine.deadlineOf(facts(caseFile)));
		return this.cases.save(caseFile);
	}

	CaseFile recompute(CaseFile caseFile) {
		return recompute(caseFile, engine());
	}

}
