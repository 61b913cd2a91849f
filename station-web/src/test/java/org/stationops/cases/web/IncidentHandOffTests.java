package org.stationops.cases.web;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stationops.cases.CaseActor;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.CaseService;
import org.stationops.cases.CaseStage;
import org.stationops.cases.Decision;
import org.stationops.incidents.IncidentReferred;
import org.stationops.incidents.PublicProgressEntry;
import org.stationops.incidents.ReportProgress;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract with incidents: a referral to a case opens one in 受案 inside the incident's
 * transaction, and the public tracking port reports the case's stage changes and public
 * notes.
 */
@StationWebTest
class IncidentHandOffTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CaseService cases;

	@Autowired
	CaseReviewService reviews;

	@Autowired
	StationService stations;

	@Autowired
	OfficerService officers;

	@Autowired
	List<ReportProgress> progress;

	private List<PublicProgressEntry> progressOf(long incidentId) {
		return this.progress.stream()
			.filter(p -> p.getClass().getSimpleName().startsWith("IncidentReferrals"))
			.findFirst()
			.orElseThrow()
			.progressOf(incidentId);
	}

	@Test
	void aReferralToACaseOpensOneAndItsProgressIsPublic() {
		Long station = this.stations.getByCode("ML").getId();
		Officer officer = this.officers.findByUsername("ml.officer").orElseThrow();
		long incidentId = 800_000L + (System.nanoTime() % 100_000);
		IncidentReferred referral = new IncidentReferred(incidentId, station, IncidentReferred.Target.CASE,
				officer.getId(), "CRIMINAL.THEFT", "电动车被盗，有监控", Instant.now());
		this.transactions.executeWithoutResult(status -> {
			this.events.publishEvent(referral);
			this.events.publishEvent(referral);
		});
		CaseFile opened = this.cases.findByIncident(Scope.bureau(), incidentId).orElseThrow();
		assertThat(opened.getStage()).isEqualTo(CaseStage.ACCEPTED);
		assertThat(opened.getKind().name()).isEqualTo("CRIMINAL");
		assertThat(opened.getCategoryCode()).isEqualTo("CRIMINAL.THEFT");

		Scope scope = Scope.station(station);
		Officer boss = this.officers.findByUsername("ml.supervisor").orElseThrow();
		var review = this.reviews.submit(scope, opened.getId(), Decision.FILING, "", "",
				new CaseActor(officer.getId(), officer.getDisplayName()));
		this.reviews.approve(scope, review.getId(), new CaseActor(boss.getId(), boss.getDisplayName()), "已立案侦查");
		this.cases.addNote(scope, opened.getId(), "已调取监控", true, new CaseActor(officer.getId(), "张伟"));
		this.cases.addNote(scope, opened.getId(), "内部备注", false, new CaseActor(officer.getId(), "张伟"));

		List<PublicProgressEntry> entries = progressOf(incidentId);
		assertThat(entries).extracting(PublicProgressEntry::messageKey)
			.containsExactly("cases.stage.FILED", "cases.progress.note");
		assertThat(entries).extracting(PublicProgressEntry::publicNote).containsExactly("已立案侦查", "已调取监控");
	}

	@Test
	void aReferralToMediationOpensNoCase() {
		Long station = this.stations.getByCode("ML").getId();
		long incidentId = 700_000L + (System.nanoTime() % 100_000);
		this.transactions
			.executeWithoutResult(status -> this.events.publishEvent(new IncidentReferred(incidentId, station,
					IncidentReferred.Target.MEDIATION, this.officers.findByUsername("ml.officer").orElseThrow().getId(),
					"PUBLIC_ORDER.DISPUTE", "邻里纠纷", Instant.now())));
		assertThat(this.cases.findByIncident(Scope.bureau(), incidentId)).isEmpty();
		assertThat(progressOf(incidentId)).isEmpty();
	}

}
