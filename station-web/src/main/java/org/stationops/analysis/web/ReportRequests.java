package org.stationops.analysis.web;

import java.time.Clock;
import java.time.LocalDate;

import org.stationops.analysis.AnalysisService;
import org.stationops.analysis.PeriodAnalysis;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.stereotype.Component;

/**
 * Turns a filter into the analysis it asks for, the same way for the page and the
 * exports: the signed-in user's scope, the period (daily by default) and the last
 * complete period when no day is given.
 */
@Component
class ReportRequests {

	private final AnalysisService analysis;

	private final Clock clock;

	ReportRequests(AnalysisService analysis, Clock clock) {
		this.analysis = analysis;
		this.clock = clock;
	}

	PeriodAnalysis build(OfficerPrincipal me, AnalysisFilter filter) {
		LocalDate today = LocalDate.now(this.clock);
		return this.analysis.analyse(me.scope(), filter.stationId(), filter.periodOrDay(), filter.dateOr(today));
	}

}
