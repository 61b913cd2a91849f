package org.stationops.incidents;

import java.util.List;

import org.stationops.liaison.FraudLeadRaised;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.shared.Scope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A company the fraud screening marks as suspected becomes a case lead: an incident from
 * the system alert source in the fraud category, registered in the same transaction as
 * the lead, so the duty desk and the dispatch board pick it up like any other report.
 */
@Component
class FraudLeadIntake {

	static final String FRAUD = "CRIMINAL.FRAUD";

	private final IncidentService incidents;

	private final OfficerService officers;

	FraudLeadIntake(IncidentService incidents, OfficerService officers) {
		this.incidents = incidents;
		this.officers = officers;
	}

	@EventListener
	void on(FraudLeadRaised lead) {
		String username = this.officers.byIds(List.of(lead.officerId()))
			.values()
			.stream()
			.map(Officer::getUsername)
			.findFirst()
			.orElse("system");
		String description = "涉诈公司排摸线索：" + lead.enterpriseName() + "（统一社会信用代码 " + lead.creditCode() + "），特征评分 "
				+ lead.score() + "。" + lead.evidence();
		IncidentDetails details = new IncidentDetails(lead.at(), IncidentSource.SYSTEM_ALERT, FRAUD,
				lead.enterpriseName(), null, null, null, "商务楼宇排摸行动", "", "", description);
		this.incidents.register(Scope.station(lead.stationId()), lead.stationId(), details, null,
				"fraud-lead-" + lead.enterpriseId() + "-" + lead.at().toEpochMilli(), username);
	}

}
