package org.stationops.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.stationops.incidents.IncidentReferred;
import org.stationops.incidents.PublicProgressEntry;
import org.stationops.incidents.ReportProgress;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.shared.Scope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hand-off from incidents: an incident referred to a case opens one in stage 受案
 * (inside the incident's transaction, so both commit or neither), and the reporter's
 * public tracking page reads the case's stage changes and public notes from here.
 */
@Component
class IncidentReferrals implements ReportProgress {

	private final CaseService cases;

	private final CaseRepository caseFiles;

	private final CaseTimeline timeline;

	private final OfficerService officers;

	IncidentReferrals(CaseService cases, CaseRepository caseFiles, CaseTimeline timeline, OfficerService officers) {
		this.cases = cases;
		this.caseFiles = caseFiles;
		this.timeline = timeline;
		this.officers = officers;
	}

	@EventListener
	@Transactional
	public void on(IncidentReferred event) {
		if (event.target() != IncidentReferred.Target.CASE) {
			return;
		}
		Scope scope = Scope.station(event.stationId());
		if (this.cases.findByIncident(scope, event.incidentId()).isPresent()) {
			return;
		}
		Officer lead = lead(event.stationId(), event.officerId());
		String code = event.categoryCode();
		CaseKind kind = (code != null && code.startsWith("CRIMINAL")) ? CaseKind.CRIMINAL : CaseKind.ADMINISTRATIVE;
		String summary = Objects.requireNonNullElse(event.summary(), "");
		String title = summary.isBlank() ? "警情转立案件" : summary.substring(0, Math.min(40, summary.length()));
		CaseDetails details = new CaseDetails(title, kind, code, summary, lead.getId(), lead.getTeam(), event.at(),
				false, FilingTrack.STANDARD, BigDecimal.ZERO, BigDecimal.ZERO);
		this.cases.open(scope, event.stationId(), details, new CaseActor(lead.getId(), lead.getDisplayName()),
				event.incidentId(), "incident-" + event.incidentId());
	}

	private Officer lead(Long stationId, @Nullable Long officerId) {
		if (officerId != null) {
			Officer officer = this.officers.byIds(List.of(officerId)).get(officerId);
			if (officer != null && stationId.equals(officer.getStationId())) {
				return officer;
			}
		}
		return this.officers.activeAt(stationId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No active officer at station " + stationId));
	}

	/**
	 * The case's stage changes (with the public note a supervisor gave on approval) and
	 * the notes officers marked public; the opening itself is already reported by the
	 * incident ("已受案").
	 */
	@Override
	@Transactional(readOnly = true)
	public List<PublicProgressEntry> progressOf(Long incidentId) {
		List<PublicProgressEntry> entries = new ArrayList<>();
		this.caseFiles.findFirstByIncidentIdOrderByIdAsc(incidentId).ifPresent(caseFile -> {
			for (CaseEvent event : this.timeline.of(caseFile)) {
				String note = Objects.requireNonNullElse(event.getPublicNote(), "");
				if (event.getType() == EventType.STAGE_CHANGED) {
					if (event.getStageTo() != null) {
						entries
							.add(new PublicProgressEntry(event.getOccurredAt(), event.getStageTo().messageKey(), note));
					}
				}
				else if (event.isPublic()) {
					entries.add(new PublicProgressEntry(event.getOccurredAt(), "cases.progress.note", note));
				}
			}
		});
		return entries;
	}

}
