package org.stationops.system;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationops.shared.StationTime;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.PatrolFixture;
import org.stationops.support.StatementCounter;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What one page costs the database: Hibernate's count of JDBC statements and transactions
 * for one request to each main list and detail page, on the demo data. A page reads in
 * one read-only transaction (plus, on record pages, the audit entry's write) and a
 * handful of statements, whatever the number of rows it shows. Every signed-in request
 * also pays one primary-key read of its officer ({@code AccountStateFilter}, which ends
 * the session of a deactivated or moved account), hence the {@code + ACCOUNT_CHECK} in
 * every limit.
 */
@StationWebTest
class PageCostTests {

	/** The transaction of the account-state check every signed-in request makes. */
	private static final int ACCOUNT_CHECK = 1;

	/**
	 * The transaction in which Spring Session stores the request's session in PostgreSQL
	 * (sessions are shared by every node); its statements are not the page's.
	 */
	private static final int SESSION_STORE = 1;

	/** The statements of that transaction (the session row and its attribute). */
	private static final int SESSION_STATEMENTS = 2;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Statistics statistics;

	@BeforeEach
	void countStatements() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
	}

	@AfterEach
	void stopCounting() {
		this.statistics.setStatisticsEnabled(false);
	}

	record Cost(long statements, long transactions, String body) {
	}

	Cost open(String username, String path) throws Exception {
		OfficerPrincipal me = (OfficerPrincipal) this.users.loadUserByUsername(username);
		this.mvc.get().uri(path).with(user(me)).exchange(); // warm the caches a first
															// request fills
		this.statistics.clear();
		MvcTestResult result = this.mvc.get().uri(path).with(user(me)).exchange();
		assertThat(result).hasStatus(HttpStatus.OK);
		Cost cost = new Cost(this.statistics.getPrepareStatementCount(), this.statistics.getTransactionCount(),
				result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		System.out.printf("page cost %-28s %-14s %3d statements %2d transactions%n", path, username, cost.statements(),
				cost.transactions());
		return cost;
	}

	static String firstLink(String body, String prefix) {
		Matcher matcher = Pattern.compile("href=\"(" + Pattern.quote(prefix) + "\\d+)\"").matcher(body);
		assertThat(matcher.find()).as("a link to %s… on the list", prefix).isTrue();
		return matcher.group(1);
	}

	@Test
	void incidentListAndRecordTakeAHandfulOfStatementsInOneTransaction() throws Exception {
		Cost list = open("ml.officer", "/incidents");
		assertThat(list.statements()).isLessThanOrEqualTo(8);
		assertThat(list.transactions()).isLessThanOrEqualTo(1 + ACCOUNT_CHECK + SESSION_STORE);
		Cost record = open("ml.officer", firstLink(list.body(), "/incidents/"));
		assertThat(record.statements()).isLessThanOrEqualTo(10);
		assertThat(record.transactions()).isLessThanOrEqualTo(2 + ACCOUNT_CHECK + SESSION_STORE);
	}

	@Test
	void caseListAndRecordTakeAHandfulOfStatementsInOneTransaction() throws Exception {
		Cost list = open("ml.officer", "/cases");
		assertThat(list.statements()).isLessThanOrEqualTo(8);
		assertThat(list.transactions()).isLessThanOrEqualTo(1 + ACCOUNT_CHECK + SESSION_STORE);
		Cost record = open("ml.officer", firstLink(list.body(), "/cases/"));
		assertThat(record.statements()).isLessThanOrEqualTo(16);
		assertThat(record.transactions()).isLessThanOrEqualTo(2 + ACCOUNT_CHECK + SESSION_STORE);
	}

	@Test
	void mediationListAndRecordTakeAHandfulOfStatementsInOneTransaction() throws Exception {
		Cost list = open("ml.officer", "/mediation");
		assertThat(list.statements()).isLessThanOrEqualTo(8);
		assertThat(list.transactions()).isLessThanOrEqualTo(1 + ACCOUNT_CHECK + SESSION_STORE);
		Cost record = open("ml.officer", firstLink(list.body(), "/mediation/"));
		assertThat(record.statements()).isLessThanOrEqualTo(16);
		assertThat(record.transactions()).isLessThanOrEqualTo(2 + ACCOUNT_CHECK + SESSION_STORE);
	}

	@Test
	void enterpriseListAndRecordTakeAHandfulOfStatementsInOneTransaction() throws Exception {
		Cost list = open("ml.liaison", "/liaison/enterprises");
		assertThat(list.statements()).isLessThanOrEqualTo(8);
		assertThat(list.transactions()).isLessThanOrEqualTo(1 + ACCOUNT_CHECK + SESSION_STORE);
		Cost record = open("ml.liaison", firstLink(list.body(), "/liaison/enterprises/"));
		assertThat(record.statements()).isLessThanOrEqualTo(16);
		assertThat(record.transactions()).isLessThanOrEqualTo(2 + ACCOUNT_CHECK + SESSION_STORE);
	}

	@Test
	void vesselListAndRecordTakeAHandfulOfStatementsInOneTransaction() throws Exception {
		Cost list = open("ds.officer", "/vessels");
		assertThat(list.statements()).isLessThanOrEqualTo(8);
		assertThat(list.transactions()).isLessThanOrEqualTo(1 + ACCOUNT_CHECK + SESSION_STORE);
		Cost record = open("ds.officer", firstLink(list.body(), "/vessels/"));
		assertThat(record.statements()).isLessThanOrEqualTo(16);
		assertThat(record.transactions()).isLessThanOrEqualTo(1 + ACCOUNT_CHECK + SESSION_STORE);
	}

	@Test
	void practitionerRegisterAndCampaignTakeAHandfulOfStatementsInOneTransaction() throws Exception {
		Cost list = open("ds.officer", "/practitioners");
		assertThat(list.statements()).isLessThanOrEqualTo(8);
		assertThat(list.transactions()).isLessThanOrEqualTo(1 + ACCOUNT_CHECK + SESSION_STORE);
		Cost campaigns = open("ds.officer", "/practitioners/campaigns");
		Cost campaign = open("ds.officer", firstLink(campaigns.body(), "/practitioners/campaigns/"));
		assertThat(campaign.statements()).isLessThanOrEqualTo(12);
		assertThat(campaign.transactions()).isLessThanOrEqualTo(1 + ACCOUNT_CHECK + SESSION_STORE);
	}

	@Test
	void oneScreenAndTheBureauComparisonReadInAHandfulOfStatementsWhateverTheStations() throws Exception {
		for (String[] page : new String[][] { { "ml.supervisor", "/screen" }, { "bureau", "/screen/compare" },
				{ "ml.supervisor", "/screen/figures" } }) {
			OfficerPrincipal me = (OfficerPrincipal) this.users.loadUserByUsername(page[0]);
			this.mvc.get().uri(page[1]).with(user(me)).exchange();
			this.statistics.clear();
			int statements = StatementCounter.count(() -> {
				assertThat(this.mvc.get().uri(page[1]).with(user(me)).exchange()).hasStatus(HttpStatus.OK);
				return null;
			});
			System.out.printf("page cost %-28s %3d statements %2d transactions%n", page[1], statements,
					this.statistics.getTransactionCount());
			// stations, figures, groups, category × hour, clocks; patrol plans, shifts,
			// checkpoints, units (compliance) and plans again (their stations); the
			// bureau comparison also reads the plans' windows and checkpoints and the
			// officers' names, each in one statement whatever the number of stations
			// (morePatrolledStationsCostTheBureauNoMoreStatements); one more when the
			// session store writes a new attribute in this request (depends on the order
			// the tests run in)
			int limit = 12;
			assertThat(statements).as(page[1]).isLessThanOrEqualTo(limit + ACCOUNT_CHECK + SESSION_STATEMENTS);
			assertThat(this.statistics.getTransactionCount()).as(page[1])
				.isLessThanOrEqualTo(1 + ACCOUNT_CHECK + SESSION_STORE);
		}
	}

	@Autowired
	JdbcTemplate jdbc;

	int bureauStatements(String path, String... expected) throws Exception {
		OfficerPrincipal me = (OfficerPrincipal) this.users.loadUserByUsername("bureau");
		this.mvc.get().uri(path).with(user(me)).exchange();
		String[] body = new String[1];
		int statements = StatementCounter.count(() -> {
			MvcTestResult result = this.mvc.get().uri(path).with(user(me)).exchange();
			assertThat(result).hasStatus(HttpStatus.OK);
			body[0] = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			return null;
		});
		if (expected.length > 0) {
			assertThat(body[0]).contains(expected);
		}
		System.out.printf("page cost %-28s %3d statements (bureau)%n", path, statements);
		return statements;
	}

	/**
	 * Three more stations, each with a patrol plan and yesterday's pass, written in the
	 * test's transaction (rolled back): the bureau's comparison and patrol compliance,
	 * which show every station's plans, read them with the same statements as before.
	 */
	@Test
	@Transactional
	void morePatrolledStationsCostTheBureauNoMoreStatements() throws Exception {
		int compare = bureauStatements("/screen/compare");
		int compliance = bureauStatements("/patrol/compliance");
		LocalDate today = LocalDate.now(StationTime.ZONE);
		String[] names = new String[3];
		for (int i = 0; i < 3; i++) {
			PatrolFixture.Station station = PatrolFixture.stationWithPlan(this.jdbc, "PC" + i, today.minusDays(30));
			station.passAt(this.jdbc, "ml.officer",
					today.minusDays(1).atTime(8, 30).atZone(StationTime.ZONE).toInstant());
			names[i] = station.name();
		}
		assertThat(bureauStatements("/screen/compare", names)).as("/screen/compare with 3 more stations")
			.isEqualTo(compare);
		assertThat(bureauStatements("/patrol/compliance", "测试巡逻线")).as("/patrol/compliance with 3 more plans")
			.isEqualTo(compliance);
	}

	@Test
	void adviceListAndAdviceReadInAHandfulOfStatements() throws Exception {
		for (String path : new String[] { "/reports/advice", null }) {
			String page = (path != null) ? path
					: firstLink(open("ml.supervisor", "/reports/advice").body(), "/reports/advice/");
			OfficerPrincipal me = (OfficerPrincipal) this.users.loadUserByUsername("ml.supervisor");
			this.mvc.get().uri(page).with(user(me)).exchange();
			this.statistics.clear();
			int statements = StatementCounter.count(() -> {
				assertThat(this.mvc.get().uri(page).with(user(me)).exchange()).hasStatus(HttpStatus.OK);
				return null;
			});
			System.out.printf("page cost %-28s %3d statements %2d transactions%n", page, statements,
					this.statistics.getTransactionCount());
			// the advice: itself, the weeks' counts, its area's name, the categories
			assertThat(statements).as(page).isLessThanOrEqualTo(8 + ACCOUNT_CHECK + SESSION_STATEMENTS);
			assertThat(this.statistics.getTransactionCount()).as(page)
				.isLessThanOrEqualTo(1 + ACCOUNT_CHECK + SESSION_STORE);
		}
	}

	@Test
	void dashboardReadsInFewStatements() throws Exception {
		Cost dashboard = open("ml.supervisor", "/");
		// 23 on the demo data; one more when provisional deadlines are to be confirmed
		// (the case panel reads the rows it shows). The panels count in SQL: the
		// figure does not grow with the cases or incidents counted
		assertThat(dashboard.statements()).isLessThanOrEqualTo(24);
		assertThat(dashboard.transactions()).isLessThanOrEqualTo(1 + ACCOUNT_CHECK + SESSION_STORE);
	}

	@Test
	void officersWorkListReadsInFewStatements() throws Exception {
		Cost dashboard = open("ml.officer", "/");
		assertThat(dashboard.body()).contains("id=\"my-cases\"");
		// 22 on the demo data; one more when a decision was returned (its reasons), one
		// more when the session store writes a new attribute (depends on test order)
		assertThat(dashboard.statements()).isLessThanOrEqualTo(24);
		assertThat(dashboard.transactions()).isLessThanOrEqualTo(1 + ACCOUNT_CHECK + SESSION_STORE);
	}

	@Test
	void liaisonsWorkListReadsInFewStatements() throws Exception {
		Cost dashboard = open("ml.liaison", "/");
		assertThat(dashboard.body()).contains("id=\"liaison-panel\"");
		assertThat(dashboard.statements()).isLessThanOrEqualTo(30);
		assertThat(dashboard.transactions()).isLessThanOrEqualTo(1 + ACCOUNT_CHECK + SESSION_STORE);
	}

	@Test
	void dispatchBoardAndItsLivePartsReadInOneTransaction() throws Exception {
		for (String path : new String[] { "/dispatch", "/dispatch/live", "/patrol/board/units" }) {
			Cost board = open("ml.duty", path);
			assertThat(board.statements()).isLessThanOrEqualTo(12);
			assertThat(board.transactions()).isLessThanOrEqualTo(1 + ACCOUNT_CHECK + SESSION_STORE);
		}
	}

	@Test
	void patrolAnalysesReadInOneTransactionWithGroupedQueries() throws Exception {
		for (String path : new String[] { "/patrol/response-times", "/patrol/where-to-patrol" }) {
			Cost page = open("ml.supervisor", path);
			assertThat(page.statements()).isLessThanOrEqualTo(8);
			assertThat(page.transactions()).isLessThanOrEqualTo(1 + ACCOUNT_CHECK + SESSION_STORE);
		}
	}

	@Autowired
	org.stationops.patrol.PatrolPlanService plans;

	@Test
	void videoPatrolDeskReadsInOneTransaction() throws Exception {
		Long plan = this.plans.list(org.stationops.shared.Scope.bureau())
			.stream()
			.filter(p -> p.getKind().isVideo())
			.findFirst()
			.orElseThrow()
			.getId();
		Cost desk = open("ds.officer", "/patrol/plans/" + plan + "/video");
		assertThat(desk.statements()).isLessThanOrEqualTo(10);
		assertThat(desk.transactions()).isLessThanOrEqualTo(1 + ACCOUNT_CHECK + SESSION_STORE);
	}

}
