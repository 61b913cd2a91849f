package org.stationops.system;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stationops.antifraud.AntifraudService;
import org.stationops.antifraud.FraudType;
import org.stationops.antifraud.FraudWarning;
import org.stationops.antifraud.Intervention;
import org.stationops.antifraud.WarningOutcome;
import org.stationops.cases.CaseActor;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseService;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.incidents.IncidentStatus;
import org.stationops.liaison.Enterprise;
import org.stationops.liaison.EnterpriseDetails;
import org.stationops.liaison.EnterpriseKind;
import org.stationops.liaison.EnterpriseService;
import org.stationops.shared.CreditCodes;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * People read records by the labels and numbers they know (a category's name, a receipt
 * number, a case number), never by codes, internal ids or "null".
 */
@StationWebTest
class RecordsShownByTheirNumbersTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IncidentService incidents;

	@Autowired
	CaseService cases;

	@Autowired
	AntifraudService antifraud;

	@Autowired
	EnterpriseService enterprises;

	/**
	 * A {@code ?lang=en} request stores English as the officer's preference; put Chinese
	 * back so that tests after this one see the default.
	 */
	@AfterEach
	void restoreChinese() {
		for (String username : new String[] { "ml.officer", "ml.liaison" }) {
			this.mvc.get().uri("/?lang=zh-CN").with(user(principal(username))).exchange();
		}
	}

	OfficerPrincipal principal(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	Incident theft(OfficerPrincipal me, String location, String description) {
		IncidentDetails details = new IncidentDetails(
				Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), IncidentSource.WALK_IN,
				"CRIMINAL.THEFT", location, null, null, null, "报警人", "13900001234", "", description);
		return this.incidents.register(me.scope(), me.stationId(), details, null, null, me.username());
	}

	@Test
	void aCaseFromAnIncidentIsNamedByCategoryPlaceAndDayAndCarriesTheLossItMentions() {
		OfficerPrincipal me = principal("ml.officer");
		String place = "梅陇路" + ThreadLocalRandom.current().nextInt(1000, 9999) + "号";
		Incident incident = theft(me, place, "报警人称停放在楼下的电动自行车被盗，车辆为白色，价值约3,200元，小区有监控，报警人要求尽快调取监控查找车辆下落");
		this.incidents.dispose(me.scope(), incident.getId(), IncidentStatus.CASE_OPENED, "", "", "", me.officerId(),
				Instant.now());
		CaseFile opened = this.cases.findByIncident(me.scope(), incident.getId()).orElseThrow();
		String day = DateTimeFormatter.ofPattern("M月d日")
			.format(incident.getReceivedAt().atZone(ZoneId.of("Asia/Shanghai")));
		assertThat(opened.getTitle()).isEqualTo("盗窃案（" + place + "，" + day + "）");
		assertThat(opened.getLossAmount()).isEqualByComparingTo(new BigDecimal("3200"));

		assertThat(this.mvc.get().uri("/cases/" + opened.getId() + "?lang=zh-CN").with(user(me))).hasStatusOk()
			.bodyText()
			.contains("刑事 · 盗窃", incident.getReceiptNumber())
			.doesNotContain("CRIMINAL.THEFT");
		assertThat(this.mvc.get().uri("/cases/" + opened.getId() + "?lang=en").with(user(me))).hasStatusOk()
			.bodyText()
			.contains("Criminal · Theft");
	}

	@Test
	void aFraudCaseSummaryNamesTheFraudTypeAndTheCasePageSaysWhereItCameFrom() {
		OfficerPrincipal me = principal("ml.liaison");
		FraudWarning warning = this.antifraud.register(me.scope(), me.stationId(), "受害人" + UUID.randomUUID(),
				"13900001111", FraudType.GAME_TRADING, Instant.now().minusSeconds(600), me.officerId());
		this.antifraud.recordOutcome(me.scope(), warning.getId(), warning.getVersion(), Intervention.CALL, "",
				WarningOutcome.LOSS_OCCURRED, BigDecimal.ZERO);
		CaseFile opened = this.antifraud.openCase(me.scope(), warning.getId(), me.officerId(),
				new CaseActor(me.officerId(), me.displayName()));
		assertThat(opened.getSummary()).contains("网络游戏产品虚假交易").doesNotContain("GAME_TRADING");
		OfficerPrincipal officer = principal("ml.officer");
		assertThat(this.mvc.get().uri("/cases/" + opened.getId() + "?lang=en").with(user(officer))).hasStatusOk()
			.bodyText()
			.contains("Opened from a fraud warning lead")
			.doesNotContain("由预警劝阻线索转立");
	}

	@Test
	void theAuditLogNamesAnIncidentByItsReceiptNumber() {
		OfficerPrincipal me = principal("ml.officer");
		Incident incident = theft(me, "审计测试地点", "手机被盗");
		this.incidents.readInFull(me.scope(), incident.getId(), me.username());
		assertThat(this.mvc.get().uri("/admin/audit?lang=zh-CN").with(user(principal("admin")))).hasStatusOk()
			.bodyText()
			.contains("警情 " + incident.getReceiptNumber())
			.doesNotContain("incident #" + incident.getId());
	}

	@Test
	void englishPagesCiteTheProcedureRulesInEnglish() {
		assertThat(this.mvc.get().uri("/mediation/new?lang=en").with(user(principal("ml.officer")))).hasStatusOk()
			.bodyText()
			.contains("procedure rules art. 179, item 1")
			.doesNotContain("程序规定第179条", "第款");
		assertThat(this.mvc.get().uri("/mediation/new?lang=zh-CN").with(user(principal("ml.officer")))).hasStatusOk()
			.bodyText()
			.contains("程序规定第179条第1项");
	}

	@Test
	void aLeaseWithoutDatesSaysNotGivenInsteadOfNull() {
		OfficerPrincipal me = principal("ml.liaison");
		String code = CreditCodes
			.complete("91310112MB3UX" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)));
		Enterprise created = this.enterprises.create(me.scope(),
				EnterpriseDetails.minimal(EnterpriseKind.COMPANY, "无租期企业" + UUID.randomUUID(), code), false, null,
				me.username());
		assertThat(this.mvc.get().uri("/liaison/enterprises/" + created.getId() + "?lang=zh-CN").with(user(me)))
			.hasStatusOk()
			.bodyText()
			.contains("未填写")
			.doesNotContain("null");
	}

}
