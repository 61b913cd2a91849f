package org.stationops.search.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseFilter;
import org.stationops.cases.CaseService;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentFilter;
import org.stationops.incidents.IncidentService;
import org.stationops.mediation.Dispute;
import org.stationops.mediation.DisputeService;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class SearchTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IncidentService incidents;

	@Autowired
	CaseService cases;

	@Autowired
	DisputeService disputes;

	MvcTestResult search(String username, String q) {
		return this.mvc.get()
			.uri("/search")
			.param("q", q)
			.with(user((OfficerPrincipal) this.users.loadUserByUsername(username)))
			.exchange();
	}

	OfficerPrincipal as(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	Incident someIncidentOf(String username) {
		return this.incidents.search(as(username).scope(), IncidentFilter.station(null), PageRequest.of(0, 1))
			.getContent()
			.get(0);
	}

	@Test
	void receiptNumberOpensItsIncident() {
		Incident incident = someIncidentOf("ml.officer");
		assertThat(search("ml.officer", " " + incident.getReceiptNumber() + " ")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/incidents/" + incident.getId());
	}

	@Test
	void queryCodeInLowerCaseOpensItsIncident() {
		Incident incident = someIncidentOf("ml.officer");
		assertThat(search("ml.officer", incident.getQueryCode().toLowerCase(Locale.ROOT))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/incidents/" + incident.getId());
	}

	@Test
	void reporterPhoneFindsTheirIncidents() {
		Incident incident = this.incidents
			.search(as("ml.officer").scope(), IncidentFilter.station(null), PageRequest.of(0, 50))
			.getContent()
			.stream()
			.filter(i -> !i.getReporterPhone().isBlank())
			.findFirst()
			.orElseThrow();
		MvcTestResult result = search("ml.officer", incident.getReporterPhone());
		if (result.getResponse().getStatus() == 302) {
			assertThat(result).redirectedUrl().startsWith("/incidents/");
		}
		else {
			assertThat(result).hasStatus(HttpStatus.OK);
			String body = new String(result.getResponse().getContentAsByteArray(),
					java.nio.charset.StandardCharsets.UTF_8);
			assertThat(body).contains(incident.getReceiptNumber());
			// the phones in the results are masked; only the search box echoes what was
			// typed
			assertThat(body.replace("value=\"" + incident.getReporterPhone() + "\"", ""))
				.doesNotContain(incident.getReporterPhone());
		}
	}

	@Test
	void caseNumberOpensItsCase() {
		CaseFile caseFile = this.cases.list(as("ml.officer").scope(), CaseFilter.none(), PageRequest.of(0, 1))
			.getContent()
			.get(0);
		assertThat(search("ml.officer", caseFile.getCaseNumber())).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/cases/" + caseFile.getId());
	}

	@Test
	void disputeFileNumberOpensItsDispute() {
		Dispute dispute = this.disputes.list(as("ml.officer").scope(), null, PageRequest.of(0, 1)).getContent().get(0);
		assertThat(search("ml.officer", dispute.getFileNumber())).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/mediation/" + dispute.getId());
	}

	@Test
	void anotherStationsReceiptNumberFindsNothing() {
		Incident daishan = someIncidentOf("ds.officer");
		assertThat(search("ml.officer", daishan.getReceiptNumber())).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("没有找到")
			.doesNotContain("/incidents/" + daishan.getId() + "\"");
	}

	@Test
	void otherTextOffersTheIncidentTextSearch() {
		assertThat(search("ml.officer", "不存在的内容xyz")).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("没有找到", "/incidents?q=");
	}

}
