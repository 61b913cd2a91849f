package org.stationops.cases;

import java.time.Clock;
import java.time.Instant;

import org.stationops.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The case clock: the current instant, and a case's stored deadline kept in step with its
 * facts through the {@link DeadlineEngine}.
 */
@Component
class CaseClock {

	private final Clock clock;

	private final WorkingCalendar calendar;

	CaseClock(Clock clock, WorkingCalendar calendar) {
		this.clock = clock;
		this.calendar = calendar;
	}

	Instant now() {
		return this.clock.instant();
	}

	DeadlineEngine engine() {
		return new DeadlineEngine(this.calendar.snapshot());
	}

	void recompute(CaseFile caseFile) {
		recompute(caseFile, engine());
	}

	void recompute(CaseFile caseFile, DeadlineEngine engine) {
		caseFile.showDeadline(engine.deadlineOf(caseFile.clockFacts()));
	}

}
