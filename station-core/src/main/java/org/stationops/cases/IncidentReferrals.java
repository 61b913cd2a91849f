package org.stationops.cases;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.stationops.incidents.IncidentCategory;
import org.stationops.incidents.IncidentReferred;
import org.stationops.incidents.IncidentService;
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

	private final IncidentService incidents;

	private static final DateTimeFormatter TITLE_DAY = DateTimeFormatter.ofPattern("M月d日");

	IncidentReferrals(CaseService cases, CaseRepository caseFiles, CaseTimeline timeline, OfficerService officers,
			IncidentService incidents) {
		this.incidents = incidents;
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
		BigDecimal loss = LossAmounts.in(summary).orElse(BigDecimal.ZERO);
		CaseDetails details = new CaseDetails(title(event), kind, code, summary, lead.getId(), lead.getTeam(),
				event.at(), false, FilingTrack.STANDARD, loss, BigDecimal.ZERO);
		this.cases.open(scope, event.stationId(), details, new CaseActor(lead.getId(), lead.getDisplayName()),
				event.incidentId(), "incident-" + event.incidentId());
	}

	/**
	 * Names the case after what happened where and when, e.g.
	 * {@code 盗窃案（幸福路 12 号，12月2日）}, rather than after the description cut mid-sentence.
	 */
	private String title(IncidentReferred event) {
		IncidentCategory category = this.incidents.categoriesByCode().get(event.categoryCode());
		String what = (category != null) ? category.getNameZh() : "警情";
		String day = TITLE_DAY.format(event.receivedAt().atZone(DeadlineEngine.ZONE));
		String where = event.location().strip();
		if (where.length() > 30) {
			where = where.substring(0, 30) + "…";
		}
		String title = what + (what.endsWith("案") ? "" : "案") + "（" + (where.isEmpty() ? "" : where + "，") + day + "）";
		return (title.length() > 200) ? title.substring(0, 200) : title;
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

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<String> stageOf(Long incidentId) {
		return this.caseFiles.findFirstByIncidentIdOrderByIdAsc(incidentId)
			.map(caseFile -> "cases.publicStage." + caseFile.getStage().name());
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
