package org.stationops.incidents.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * With {@code stationops.public.track-url} set the receipt prints that address and its QR
 * code (and the phone is not needed).
 */
@SpringBootTest(properties = { "stationops.demo=true", "stationops.public.track-url=https://gaj.example.gov.cn/track",
		"stationops.public.phone=021-12345678" })
@AutoConfigureMockMvc
class PublicAddressReceiptTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IncidentService incidents;

	@Test
	void theReceiptPrintsThePublicAddressWithItsQrCode() {
		OfficerPrincipal me = (OfficerPrincipal) this.users.loadUserByUsername("ml.officer");
		Incident incident = this.incidents.register(me.scope(), me.stationId(),
				new IncidentDetails(Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS),
						IncidentSource.WALK_IN, "CRIMINAL.THEFT", "梅陇某商场", null, null, null, "报警人", "13900006666", "",
						"手机被盗"),
				null, null, me.username());
		assertThat(this.mvc.get().uri("/incidents/" + incident.getId() + "/receipt?lang=zh-CN").with(user(me)))
			.hasStatusOk()
			.bodyText()
			.contains("https://gaj.example.gov.cn/track", "<svg")
			.doesNotContain("021-12345678", "http://localhost");
	}

}
