package org.stationops.vessels.web;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.stationops.audit.AuditService;
import org.stationops.liaison.EnterpriseService;
import org.stationops.officers.OfficerService;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.stationops.vessels.CrewRole;
import org.stationops.vessels.CrewService;
import org.stationops.vessels.Vessel;
import org.stationops.vessels.VesselService;
import org.stationops.vessels.VesselStatus;
import org.stationops.vessels.VesselTask;
import org.stationops.vessels.WantedImport;
import org.stationops.vessels.WantedListService;
import org.stationops.vessels.WantedPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class VesselWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	StationService stations;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	OfficerService officers;

	@Autowired
	VesselService vessels;

	@Autowired
	CrewService crew;

	@Autowired
	WantedListService wanted;

	@Autowired
	AuditService audit;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	OfficerPrincipal me(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	Vessel vessel(String name) {
		return VesselFixtures.daishanVesselAtSea(this.stations, this.enterprises, this.officers, this.vessels, name);
	}

	MockMultipartFile csv(String text) {
		return new MockMultipartFile("file", "wanted.csv", "text/csv",
				("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
	}

	boolean listed(String idNumber) {
		return this.wanted.list(Scope.bureau(), PageRequest.of(0, 1000))
			.getContent()
			.stream()
			.map(WantedPerson::getIdNumber)
			.anyMatch(idNumber::equals);
	}

	@Test
	void csvImportReportsBadIdNumbersByLineAndWritesNothing() {
		String good = VesselFixtures.uniqueIdNumber();
		String alsoGood = VesselFixtures.uniqueIdNumber();
		assertThat(this.mvc.post().uri("/vessels/wanted/import").multipart().file(csv("""
				身份证号,姓名,事由,来源
				%s,甲某,网上追逃,部平台
				330921198803150419,乙某,涉嫌盗窃,协查
				%s,=SUM(A1),涉嫌诈骗,协查
				12345,丙某,,协查
				""".formatted(good, alsoGood))).with(user(me("ds.officer"))).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("有 3 处问题，未导入任何人员", "身份证号码“330921198803150419”无效", "身份证号码“12345”无效", "事由必填")
			.containsPattern("<td>3</td>\\s*<td>身份证号</td>")
			.containsPattern("<td>5</td>\\s*<td>身份证号</td>")
			.containsPattern("<td>5</td>\\s*<td>事由</td>");
		assertThat(listed(good)).isFalse();
		assertThat(listed(alsoGood)).isFalse();
	}

	@Test
	void csvImportOfAGoodFileNeutralisesFormulas() {
		String id = VesselFixtures.uniqueIdNumber();
		assertThat(this.mvc.post().uri("/vessels/wanted/import").multipart().file(csv("""
				id number,name,reason
				%s,=cmd|' /C calc'!A0,abscond
				""".formatted(id.toLowerCase()))).with(user(me("ds.officer"))).with(csrf()))
			.hasRedirectedUrl("/vessels/wanted");
		WantedPerson person = this.wanted.list(Scope.bureau(), PageRequest.of(0, 1000))
			.getContent()
			.stream()
			.filter(w -> w.getIdNumber().equals(id))
			.findFirst()
			.orElseThrow();
		assertThat(person.getName()).startsWith("'=");
	}

	@Test
	void anotherStationCannotSeeTheVesselOrItsCrew() {
		Vessel vessel = vessel(VesselFixtures.unique("浙岱渔 作用域"));
		String id = VesselFixtures.uniqueIdNumber();
		VesselFixtures.signOn(this.crew, vessel, "范某", id, CrewRole.COOK);
		Long crewId = this.vessels.file(Scope.bureau(), vessel.getId()).crew().get(0).getId();
		assertThat(this.mvc.get().uri("/vessels/{id}", vessel.getId()).with(user(me("ml.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/vessels/crew/{id}", crewId).with(user(me("ml.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/vessels").with(user(me("ml.officer")))).hasStatusOk()
			.bodyText()
			.doesNotContain(vessel.getName());
		assertThat(this.mvc.get().uri("/vessels/{id}", vessel.getId()).with(user(me("ds.officer")))).hasStatusOk()
			.bodyText()
			.contains(vessel.getName(), id.substring(0, 3) + "***********" + id.substring(14))
			.doesNotContain(id);
	}

	@Test
	void crewFullViewIsAuditedAndClosedToAdministrators() {
		Vessel vessel = vessel(VesselFixtures.unique("浙岱渔 审计"));
		String id = VesselFixtures.uniqueIdNumber();
		VesselFixtures.signOn(this.crew, vessel, "审某", id, CrewRole.MATE);
		Long crewId = this.vessels.file(Scope.bureau(), vessel.getId()).crew().get(0).getId();
		long before = this.audit.countFor(CrewService.AUDIT_SUBJECT, crewId);
		assertThat(this.mvc.get().uri("/vessels/crew/{id}", crewId).with(user(me("ds.officer")))).hasStatusOk()
			.bodyText()
			.contains(id, "13705809999");
		assertThat(this.audit.countFor(CrewService.AUDIT_SUBJECT, crewId)).isEqualTo(before + 1);
		assertThat(this.mvc.get().uri("/vessels/crew/{id}", crewId).with(user(me("admin"))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void refusesSigningOnSomeoneAboardAnotherVesselAndKeepsTheInput() {
		Vessel first = vessel(VesselFixtures.unique("浙岱渔 甲"));
		Vessel second = vessel(VesselFixtures.unique("浙岱渔 乙"));
		String id = VesselFixtures.uniqueIdNumber();
		VesselFixtures.signOn(this.crew, first, "两船某", id, CrewRole.DECKHAND);
		assertThat(this.mvc.post()
			.uri("/vessels/{id}/crew", second.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("name", "两船某")
			.param("idNumber", id)
			.param("role", "DECKHAND")
			.param("employer", "岱山某渔业")
			.param("joinedOn", LocalDate.now().toString())).hasStatusOk()
			.bodyText()
			.contains("该船员目前在“" + first.getName() + "”上", "岱山某渔业");
		assertThat(this.vessels.file(Scope.bureau(), second.getId()).crew()).isEmpty();
	}

	/**
	 * Two officers sign the same new ID number on at once: both look-ups find nobody, the
	 * first insert is still uncommitted when the second one runs, and the second waits on
	 * the station's unique ID number key until the first commits. The second officer gets
	 * the form back with the input and a message, not an error page.
	 */
	@Test
	void aSimultaneousSignOnOfTheSameNewIdNumberComesBackAsAFormMessage() throws Exception {
		Vessel vessel = vessel(VesselFixtures.unique("浙岱渔 同时"));
		String id = VesselFixtures.uniqueIdNumber();
		String employer = VesselFixtures.unique("岱山同时渔业");
		ExecutorService second = Executors.newSingleThreadExecutor();
		try (Connection first = this.dataSource.getConnection()) {
			first.setAutoCommit(false);
			try (PreparedStatement insert = first.prepareStatement(
					"insert into crew_members (station_id, name, id_number, role) values (?, '先到某', ?, 'DECKHAND')")) {
				insert.setLong(1, vessel.getStationId());
				insert.setString(2, id.toUpperCase(Locale.ROOT));
				insert.executeUpdate();
			}
			Future<MvcTestResult> response = second.submit(() -> this.mvc.post()
				.uri("/vessels/{id}/crew?lang=zh-CN", vessel.getId())
				.with(user(me("ds.officer")))
				.with(csrf())
				.param("name", "后到某")
				.param("idNumber", id)
				.param("role", "COOK")
				.param("employer", employer)
				.param("joinedOn", LocalDate.now().toString())
				.exchange());
			awaitWaitingOnALock(response);
			first.commit();
			assertThat(response.get(30, TimeUnit.SECONDS)).hasStatusOk()
				.bodyText()
				.contains("身份证号 " + id.toUpperCase(Locale.ROOT) + " 的船员刚刚已由他人登记", employer, "后到某");
		}
		finally {
			second.shutdownNow();
		}
		assertThat(this.vessels.file(Scope.bureau(), vessel.getId()).crew()).isEmpty();
	}

	private void awaitWaitingOnALock(Future<?> response) throws InterruptedException {
		for (int i = 0; i < 300 && !response.isDone(); i++) {
			Integer waiting = this.jdbc.queryForObject(
					"select count(*)::int from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into crew_members%'",
					Integer.class);
			if (waiting != null && waiting > 0) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the second sign-on never waited on the first one's uncommitted ID number");
	}

	@Test
	void rejectedCrewFormKeepsTheInputAndShowsEveryMessage() {
		Vessel vessel = vessel(VesselFixtures.unique("浙岱渔 校验"));
		assertThat(this.mvc.post()
			.uri("/vessels/{id}/crew", vessel.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("name", "")
			.param("idNumber", "330921198803150419")
			.param("role", "DECKHAND")
			.param("phone", "12")
			.param("joinedOn", "2099-01-01")).hasStatusOk()
			.bodyText()
			.contains("330921198803150419", "身份证号码无效", "不能晚于现在", "必填");
	}

	@Test
	void returnOpensATaskForAPlantedMatchOnlyOnce() {
		Vessel vessel = vessel(VesselFixtures.unique("浙岱渔 比对"));
		String id = VesselFixtures.uniqueIdNumber();
		VesselFixtures.signOn(this.crew, vessel, "比某", id, CrewRole.DECKHAND);
		VesselFixtures.signOn(this.crew, vessel, "清白某", VesselFixtures.uniqueIdNumber(), CrewRole.COOK);
		Long ds = this.stations.getByCode("DS").getId();
		this.wanted.importAll(Scope.station(ds), ds, List.of(new WantedImport.Line(2, id, "比某", "网上追逃", "")),
				"ds.officer");
		Vessel atSea = VesselFixtures.sail(this.vessels, vessel);
		long checks = this.audit.countFor("vessel", vessel.getId());
		List<VesselTask> opened = this.vessels.changeStatus(Scope.station(ds), atSea.getId(), atSea.getVersion(),
				VesselStatus.IN_PORT, LocalDate.now(), "回港", "ds.officer");
		assertThat(opened).hasSize(1);
		assertThat(opened.get(0).getReason()).isEqualTo("网上追逃");
		assertThat(this.audit.countFor("vessel", vessel.getId())).isEqualTo(checks + 1);
		assertThat(this.vessels.file(Scope.bureau(), vessel.getId()).tasks()).hasSize(1);
	}

	@Test
	void rejectsADuplicateRegistrationNumberAndKeepsTheInput() {
		Vessel existing = vessel(VesselFixtures.unique("浙岱渔 重号"));
		assertThat(this.mvc.post()
			.uri("/vessels")
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("name", "重复登记号测试船")
			.param("registrationNumber", existing.getRegistrationNumber().toLowerCase())
			.param("kind", "CARGO")
			.param("homePort", "岱山港")
			.param("ownerEnterpriseId", String.valueOf(existing.getOwnerEnterpriseId()))
			.param("status", "IN_PORT")
			.param("statusSince", LocalDate.now().toString())).hasStatusOk()
			.bodyText()
			.contains("本所已有相同登记号的船舶", "重复登记号测试船");
	}

	@Test
	void refusesAnEditStartedFromAnOlderVersion() {
		Vessel vessel = vessel(VesselFixtures.unique("浙岱渔 并发"));
		VesselFixtures.sail(this.vessels, vessel);
		assertThat(this.mvc.post()
			.uri("/vessels/{id}", vessel.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("name", "并发修改")
			.param("registrationNumber", vessel.getRegistrationNumber())
			.param("kind", "FISHING")
			.param("ownerEnterpriseId", String.valueOf(vessel.getOwnerEnterpriseId()))
			.param("version", String.valueOf(vessel.getVersion()))).hasStatusOk()
			.bodyText()
			.contains("该记录已被他人修改", "并发修改");
		assertThat(this.vessels.get(Scope.bureau(), vessel.getId()).getName()).isEqualTo(vessel.getName());
	}

}
