package org.stationops.audit;

import org.junit.jupiter.api.Test;
import org.stationops.antifraud.AntifraudService;
import org.stationops.antifraud.FraudWarning;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentFilter;
import org.stationops.incidents.IncidentService;
import org.stationops.liaison.Enterprise;
import org.stationops.liaison.EnterpriseService;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.shared.Scope;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full view of personal data is audited where it is read, in the core services,
 * whatever page or API asks for it.
 */
@StationWebTest
class PersonalDataAuditTests {

	static final Scope BUREAU = Scope.bureau();

	static final PageRequest FIRST = PageRequest.of(0, 1);

	@Autowired
	AuditService audit;

	@Autowired
	OfficerService officers;

	@Autowired
	IncidentService incidents;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	AntifraudService antifraud;

	@Test
	void readingAnOfficerInFullWritesAnAuditEntry() {
		Officer officer = this.officers.list(BUREAU, FIRST).getContent().get(0);
		long before = this.audit.countFor("officer", officer.getId());
		assertThat(this.officers.readInFull(BUREAU, officer.getId(), "auditor").getId()).isEqualTo(officer.getId());
		assertThat(this.audit.countFor("officer", officer.getId())).isEqualTo(before + 1);
	}

	@Test
	void readingAnIncidentInFullWritesAnAuditEntry() {
		Incident incident = this.incidents.search(BUREAU, IncidentFilter.station(null), FIRST).getContent().get(0);
		long before = this.audit.countFor("incident", incident.getId());
		this.incidents.readInFull(BUREAU, incident.getId(), "auditor");
		assertThat(this.audit.countFor("incident", incident.getId())).isEqualTo(before + 1);
	}

	@Test
	void readingAnEnterpriseInFullWritesAnAuditEntry() {
		Enterprise enterprise = this.enterprises.search(BUREAU, "", null, null, FIRST).getContent().get(0);
		long before = this.audit.countFor("enterprise", enterprise.getId());
		this.enterprises.readInFull(BUREAU, enterprise.getId(), "auditor");
		assertThat(this.audit.countFor("enterprise", enterprise.getId())).isEqualTo(before + 1);
	}

	@Test
	void readingAnEarlyWarningInFullWritesAnAuditEntry() {
		FraudWarning warning = this.antifraud.warnings(BUREAU, FIRST).getContent().get(0);
		long before = this.audit.countFor("fraud-warning", warning.getId());
		this.antifraud.readInFull(BUREAU, warning.getId(), "auditor");
		assertThat(this.audit.countFor("fraud-warning", warning.getId())).isEqualTo(before + 1);
	}

	@Test
	void readingWithoutTheFullViewWritesNoAuditEntry() {
		Officer officer = this.officers.list(BUREAU, FIRST).getContent().get(0);
		long before = this.audit.countFor("officer", officer.getId());
		this.officers.get(BUREAU, officer.getId());
		assertThat(this.audit.countFor("officer", officer.getId())).isEqualTo(before);
	}

}
