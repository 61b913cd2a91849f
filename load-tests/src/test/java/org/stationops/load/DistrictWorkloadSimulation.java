package org.stationops.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The load benchmark of issue 10: an open workload (arrivals per second, not a fixed
 * number of looping users) of {@code load.rate} requests per second in the mix people
 * make of the app.
 * <ul>
 * <li>officers (60 % of the requests): the incident list, a search, an incident record,
 * the case list;</li>
 * <li>officers taking intake (10 %): the intake form, then saving it (with its CSRF
 * token, submission key and form token);</li>
 * <li>liaison officers (20 %): the enterprise list, an enterprise, the visit form, logging
 * a visit;</li>
 * <li>supervisors (10 %): the dashboard ({@code /}) and the monthly analysis.</li>
 * </ul>
 * Each arrival is one person's journey with think time between the pages; the arrival
 * rate of each journey is chosen so the requests add up to {@code load.rate} per second.
 * People are signed in before the run (a pool of sessions per account, reused by the
 * journeys, one journey per session at a time: signing in is a bcrypt hash, not the
 * load under test), and each page is
 * requested {@code load.warmup} times first. Assertions: no failed request; p95 ≤
 * {@code load.p95.pages} ms (100) for lists, records and intake, ≤
 * {@code load.p95.reports} ms (200) for the dashboard and the monthly analysis.
 *
 * <p>
 * System properties: {@code load.baseUrl} (http://localhost:18090), {@code load.rate}
 * (50), {@code load.duration} (seconds, 300), {@code load.sessions} (sessions per account;
 * by default enough for the rate), {@code load.warmup} (10), {@code load.p95.pages},
 * {@code load.p95.reports}.
 */
public class DistrictWorkloadSimulation extends Simulation {

	static final String BASE = System.getProperty("load.baseUrl", "http://localhost:18090");

	static final double RATE = Double.parseDouble(System.getProperty("load.rate", "50"));

	static final Duration DURATION = Duration.ofSeconds(Long.getLong("load.duration", 300L));

	static final int SESSIONS = Integer.getInteger("load.sessions", 0);

	static final int WARM_UP = Integer.getInteger("load.warmup", 10);

	static final int P95_PAGES = Integer.getInteger("load.p95.pages", 100);

	static final int P95_REPORTS = Integer.getInteger("load.p95.reports", 200);

	static final String PASSWORD = System.getProperty("load.password", "demo-password");

	/** Requests named for what they are; the assertions select them by these names. */
	static final List<String> PAGES = List.of("list: incidents", "search: incidents", "record: incident",
			"list: cases", "intake: form", "intake: save", "list: enterprises", "record: enterprise",
			"liaison: visit form", "liaison: log visit");

	static final List<String> REPORTS = List.of("dashboard", "analysis: month");

	static final List<Map<String, Object>> TERMS = Stream
		.of("盗窃", "纠纷", "噪音", "电动自行车", "诈骗", "两车碰擦", "钱包遗失", "醉酒")
		.map((t) -> Map.<String, Object>of("term", t))
		.toList();

	static final List<Map<String, Object>> CATEGORIES = Stream
		.of("PUBLIC_ORDER.DISPUTE", "PUBLIC_ORDER.NOISE", "CRIMINAL.THEFT", "TRAFFIC.ACCIDENT",
				"ASSISTANCE.LOST_PROPERTY")
		.map((c) -> Map.<String, Object>of("category", c))
		.toList();

	final HttpProtocolBuilder protocol = http.baseUrl(BASE)
		.acceptHeader("text/html,application/xhtml+xml")
		.acceptLanguageHeader("zh-CN,zh;q=0.9")
		.acceptEncodingHeader("gzip, deflate")
		.userAgentHeader("StationOps load benchmark (Gatling)")
		.disableFollowRedirect()
		.shareConnections();

	final List<String> officers = signIn("ml.officer", sessions(2.0));

	final List<String> liaisons = signIn("ml.liaison", sessions(0.8));

	final List<String> supervisors = signIn("ml.supervisor", sessions(0.4));

	final Deque<String> officerPool = new ConcurrentLinkedDeque<>(this.officers);

	final Deque<String> liaisonPool = new ConcurrentLinkedDeque<>(this.liaisons);

	final Deque<String> supervisorPool = new ConcurrentLinkedDeque<>(this.supervisors);

	/**
	 * Sessions to sign in for an account: {@code load.sessions} if set, otherwise enough
	 * for the journeys of the account that run at once at this rate (arrivals × journey
	 * length, with room).
	 */
	static int sessions(double perRequestPerSecond) {
		return (SESSIONS > 0) ? SESSIONS : Math.max(4, (int) Math.ceil(RATE * perRequestPerSecond));
	}

	/** Journeys that found their account's pool empty and shared a session in use. */
	static final AtomicInteger SHARED = new AtomicInteger();

	/**
	 * A person's signed-in session for one journey: a SESSION cookie taken from the
	 * account's pool and given back at the end, so two journeys use one session at the
	 * same time only when the pool runs dry (counted, printed at the end). Real people have
	 * a session each; concurrent requests on one session are not the load under test.
	 */
	static ChainBuilder checkOut(Deque<String> pool, List<String> all) {
		return exec((s) -> {
			String id = pool.pollFirst();
			if (id == null) {
				SHARED.incrementAndGet();
				id = all.get(ThreadLocalRandom.current().nextInt(all.size()));
				return s.set("session", id).set("sessionShared", true);
			}
			return s.set("session", id).set("sessionShared", false);
		}).exec(addCookie(Cookie("SESSION", "#{session}").withDomain(URI.create(BASE).getHost()).withPath("/")));
	}

	static ChainBuilder checkIn(Deque<String> pool) {
		return exec((s) -> {
			if (!s.getBoolean("sessionShared")) {
				pool.addLast(s.getString("session"));
			}
			return s;
		});
	}

	final ScenarioBuilder officerBrowses = scenario("officer browses").feed(listFeeder(TERMS).random())
		.exec(checkOut(this.officerPool, this.officers))
		.exec(http("list: incidents").get("/incidents")
			.check(status().is(200), regex("href=\"/incidents/(\\d+)\"").findRandom().saveAs("incidentId")))
		.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
		.exec(http("search: incidents").get("/incidents").queryParam("q", "#{term}").check(status().is(200)))
		.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
		.exec(http("record: incident").get("/incidents/#{incidentId}").check(status().is(200)))
		.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
		.exec(http("list: cases").get("/cases").check(status().is(200)))
		.exec(checkIn(this.officerPool));

	final ScenarioBuilder officerTakesIntake = scenario("officer takes intake").feed(listFeeder(TERMS).random())
		.feed(listFeeder(CATEGORIES).random())
		.exec(checkOut(this.officerPool, this.officers))
		.exec(http("intake: form").get("/incidents/new")
			.check(status().is(200), css("#incident-form input[name='_csrf']", "value").saveAs("csrf"),
					css("#incident-form input[name='_submission']", "value").saveAs("submission"),
					css("#incident-form input[name='formToken']", "value").saveAs("formToken"),
					css("#incident-form input[name='receivedAt']", "value").saveAs("receivedAt")))
		.pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
		.exec(http("intake: save").post("/incidents")
			.formParam("_csrf", "#{csrf}")
			.formParam("_submission", "#{submission}")
			.formParam("formToken", "#{formToken}")
			.formParam("receivedAt", "#{receivedAt}")
			.formParam("source", "PHONE")
			.formParam("categoryCode", "#{category}")
			.formParam("location", "梅陇路88号")
			.formParam("reporterName", "压测报警人")
			.formParam("reporterPhone", "13900001111")
			.formParam("description", "负载测试接警：#{term}")
			.check(status().is(302), header("Location").transform((l) -> l.contains("/receipt")).is(true)))
		.exec(checkIn(this.officerPool));

	final ScenarioBuilder liaisonLogsVisit = scenario("liaison officer logs a visit")
		.exec(checkOut(this.liaisonPool, this.liaisons))
		.exec(http("list: enterprises").get("/liaison/enterprises")
			.check(status().is(200),
					regex("href=\"/liaison/enterprises/(\\d+)\"").findRandom().saveAs("enterpriseId")))
		.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
		.exec(http("record: enterprise").get("/liaison/enterprises/#{enterpriseId}").check(status().is(200)))
		.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
		.exec(http("liaison: visit form").get("/liaison/enterprises/#{enterpriseId}/visits/new")
			.check(status().is(200), css("form[action$='/visits'] input[name='_csrf']", "value").saveAs("csrf"),
					css("form[action$='/visits'] input[name='_submission']", "value").saveAs("submission"),
					css("form[action$='/visits'] input[name='visitedOn']", "value").saveAs("visitedOn")))
		.pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
		.exec(http("liaison: log visit").post("/liaison/enterprises/#{enterpriseId}/visits")
			.formParam("_csrf", "#{csrf}")
			.formParam("_submission", "#{submission}")
			.formParam("mode", "VISIT")
			.formParam("visitedOn", "#{visitedOn}")
			.formParam("purposes", "ROUTINE")
			.formParam("peopleMet", "负责人")
			.formParam("findings", "负载测试走访，经营正常")
			.check(status().is(302)))
		.exec(checkIn(this.liaisonPool));

	final ScenarioBuilder supervisorReviews = scenario("supervisor reviews")
		.exec(checkOut(this.supervisorPool, this.supervisors))
		.exec(http("dashboard").get("/").check(status().is(200)))
		.pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
		.exec(http("analysis: month").get("/reports").queryParam("period", "MONTH").check(status().is(200)))
		.exec(checkIn(this.supervisorPool));

	{
		List<PopulationBuilder> populations = List.of(arrivals(this.officerBrowses, 0.6, 4),
				arrivals(this.officerTakesIntake, 0.1, 2), arrivals(this.liaisonLogsVisit, 0.2, 4),
				arrivals(this.supervisorReviews, 0.1, 2));
		List<Assertion> assertions = new ArrayList<>();
		assertions.add(global().failedRequests().count().is(0L));
		PAGES.forEach((p) -> assertions.add(details(p).responseTime().percentile(95.0).lte(P95_PAGES)));
		REPORTS.forEach((p) -> assertions.add(details(p).responseTime().percentile(95.0).lte(P95_REPORTS)));
		System.out.printf("Open workload: %.1f requests/s for %d s against %s; sessions signed in: %d %d %d%n", RATE,
				DURATION.toSeconds(), BASE, this.officers.size(), this.liaisons.size(), this.supervisors.size());
		setUp(populations).protocols(this.protocol).assertions(assertions);
	}

	@Override
	public void after() {
		System.out.printf("Journeys that shared a session in use (pool ran dry): %d%n", SHARED.get());
	}

	/**
	 * A journey's arrivals: its share of the requests per second, divided by the requests
	 * one journey makes.
	 */
	static PopulationBuilder arrivals(ScenarioBuilder journey, double share, int requests) {
		return journey.injectOpen(constantUsersPerSec(RATE * share / requests).during(DURATION).randomized());
	}

	/**
	 * Signs an account in {@code count} times (the sign-in page's CSRF token, then the
	 * form), opens a page in each session (so its CSRF token is stored before the run),
	 * and requests the account's pages {@code load.warmup} times each, all outside the
	 * measurement.
	 * @return the sessions' SESSION cookies
	 */
	static List<String> signIn(String username, int count) {
		List<String> sessions = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				CookieManager cookies = new CookieManager();
				HttpClient client = HttpClient.newBuilder()
					.version(HttpClient.Version.HTTP_1_1)
					.cookieHandler(cookies)
					.followRedirects(HttpClient.Redirect.NEVER)
					.connectTimeout(Duration.ofSeconds(10))
					.build();
				String login = client
					.send(HttpRequest.newBuilder(URI.create(BASE + "/login")).build(),
							HttpResponse.BodyHandlers.ofString())
					.body();
				Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
				if (!csrf.find()) {
					throw new IllegalStateException("no CSRF token on " + BASE + "/login");
				}
				String form = "username=" + enc(username) + "&password=" + enc(PASSWORD) + "&_csrf="
						+ enc(csrf.group(1));
				HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(BASE + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString());
				String location = signedIn.headers().firstValue("Location").orElse("");
				String session = cookies.getCookieStore()
					.getCookies()
					.stream()
					.filter((c) -> c.getName().equals("SESSION"))
					.map(HttpCookie::getValue)
					.findFirst()
					.orElse("");
				if (signedIn.statusCode() != 302 || location.contains("error") || session.isEmpty()) {
					throw new IllegalStateException("could not sign in as " + username + ": " + signedIn.statusCode()
							+ " " + location);
				}
				sessions.add(session);
				client.send(HttpRequest.newBuilder(URI.create(BASE + "/")).build(), HttpResponse.BodyHandlers.discarding());
				if (i == 0) {
					warmUp(client, username);
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("is the app running at " + BASE + "?", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return sessions;
	}

	private static void warmUp(HttpClient client, String username) throws IOException, InterruptedException {
		List<String> pages = switch (username) {
			case "ml.officer" -> List.of("/incidents", "/incidents?q=" + enc("纠纷"), "/cases", "/incidents/new");
			case "ml.liaison" -> List.of("/liaison/enterprises");
			default -> List.of("/", "/reports?period=MONTH");
		};
		for (String page : pages) {
			for (int i = 0; i < WARM_UP; i++) {
				HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(BASE + page)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					throw new IllegalStateException("warm-up: " + page + " answered " + response.statusCode());
				}
				if (i == 0 && page.equals("/incidents")) {
					Iterator<String> ids = Pattern.compile("href=\"(/incidents/\\d+)\"")
						.matcher(response.body())
						.results()
						.map((m) -> m.group(1))
						.iterator();
					for (int n = 0; n < WARM_UP && ids.hasNext(); n++) {
						client.send(HttpRequest.newBuilder(URI.create(BASE + ids.next())).build(),
								HttpResponse.BodyHandlers.discarding());
					}
				}
			}
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
