package org.stationops.incidents.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stationops.incidents.IncidentFilter;
import org.stationops.incidents.IncidentService;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class IncidentImportTests {

	static final String HEADER = "externalRef,stationCode,receivedAt,source,categoryCode,location,areaName,latitude,"
			+ "longitude,reporterName,reporterPhone,reporterIdNumber,description\n";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IncidentService incidents;

	static String time() {
		return LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
			.minusHours(1)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
	}

	MvcTestResult upload(String csv) {
		return this.mvc.post()
			.uri("/incidents/import")
			.multipart()
			.file(new MockMultipartFile("file", "110.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(user((OfficerPrincipal) this.users.loadUserByUsername("ml.duty")))
			.with(csrf())
			.exchange();
	}

	long count(String marker) {
		return this.incidents
			.search(Scope.bureau(), IncidentFilter.station(null).withText(marker), PageRequest.of(0, 5))
			.getTotalElements();
	}

	@Test
	void importsNothingWhenOneRowIsBadAndReportsIt() {
		String marker = UUID.randomUUID().toString();
		String csv = HEADER + "A-" + marker + ",ML," + time()
				+ ",EMERGENCY_110,CRIMINAL.THEFT,梅陇路,华梅社区,,,张三,13912345678,,好行 " + marker + "\n" + "B-" + marker
				+ ",ML," + time() + ",EMERGENCY_110,CRIMINAL.THEFT,梅陇路,,,,李四,12345,,坏行 " + marker + "\n" + "C-" + marker
				+ ",ML," + "yesterday,NOPE,CRIMINAL.THEFT,梅陇路,不存在的社区,,,王五,13912345678,,坏行 " + marker + "\n";
		assertThat(upload(csv)).hasStatusOk().bodyText().contains("未导入任何数据", "reporterPhone", "receivedAt", "source");
		assertThat(count(marker)).isZero();
	}

	@Test
	void importsEveryRowOfAGoodFile() {
		String marker = UUID.randomUUID().toString();
		String csv = "\uFEFF" + HEADER + "A-" + marker + ",ML," + time()
				+ ",EMERGENCY_110,CRIMINAL.THEFT,梅陇路,华梅社区,31.1,121.4,张三,13912345678,,导入一 " + marker + "\n" + "B-"
				+ marker + ",," + time() + ",PHONE,PUBLIC_ORDER.DISPUTE,梅陇路,,,,李四,021-64001234,,\"导入二, 含逗号 " + marker
				+ "\"\n";
		assertThat(upload(csv)).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/incidents");
		assertThat(count(marker)).isEqualTo(2);
		assertThat(upload(csv)).hasStatusOk().bodyText().contains("已导入过");
		assertThat(count(marker)).isEqualTo(2);
	}

}
