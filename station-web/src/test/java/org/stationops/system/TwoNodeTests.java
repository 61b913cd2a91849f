package org.stationops.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stationops.StationApplication;
import org.stationops.shared.persistence.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one database, as a cluster behind a load balancer
 * runs them: a user signed in on one node is signed in on the other, keeps working there
 * when the first node stops, and the public pages' rate limit counts the attempts made on
 * both nodes, each seeing the visitor's address behind the reverse proxy.
 */
class TwoNodeTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern SESSION_COOKIE = Pattern.compile("^(SESSION=[^;]*)");

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoNodes() {
		first = start();
		second = start();
	}

	@AfterAll
	static void stopNodes() {
		for (ConfigurableApplicationContext node : List.of(first, second)) {
			if (node != null && node.isActive()) {
				node.close();
			}
		}
	}

	private static ConfigurableApplicationContext start() {
		TestDatabase database = TestDatabase.get();
		return new SpringApplicationBuilder(StationApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--stationops.demo=true",
				"--stationops.tracking.attempts=3", "--server.forward-headers-strategy=native",
				"--spring.main.banner-mode=off");
	}

	private static String base(ConfigurableApplicationContext node) {
		return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	@Test
	void signedInUserKeepsWorkingOnTheOtherNodeWhenTheFirstStops() throws Exception {
		String session = signIn(base(first), "ml.duty");

		HttpResponse<String> dashboardOnSecond = get(base(second) + "/", session);
		assertThat(dashboardOnSecond.statusCode()).isEqualTo(200);
		assertThat(dashboardOnSecond.body()).contains("陈晨").doesNotContain("name=\"password\"");

		first.close();

		HttpResponse<String> incidentsOnSecond = get(base(second) + "/incidents", session);
		assertThat(incidentsOnSecond.statusCode()).isEqualTo(200);
		String csrf = csrf(incidentsOnSecond.body());
		HttpResponse<String> signOut = post(base(second) + "/logout", session, "_csrf=" + encode(csrf));
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));

		HttpResponse<String> afterSignOut = get(base(second) + "/incidents", session);
		assertThat(afterSignOut.statusCode()).isEqualTo(302);
		assertThat(afterSignOut.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).contains("/login"));
	}

	@Test
	void trackingLimitCountsAttemptsOnBothNodes() throws Exception {
		ConfigurableApplicationContext live = first.isActive() ? first : second;
		String address = "198.51.100." + (System.nanoTime() % 200 + 1);
		int refusedBeforeLimit = 0;
		for (int attempt = 0; attempt < 3; attempt++) {
			ConfigurableApplicationContext node = (attempt % 2 == 0) ? live : second;
			if (track(base(node), address).statusCode() == 429) {
				refusedBeforeLimit++;
			}
		}
		assertThat(refusedBeforeLimit).isZero();
		assertThat(track(base(second), address).statusCode()).isEqualTo(429);
		assertThat(track(base(live), address).statusCode()).isEqualTo(429);
	}

	private HttpResponse<String> track(String base, String address) throws IOException, InterruptedException {
		HttpResponse<String> form = get(base + "/track", null);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/track"));
		form.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(SESSION_COOKIE::matcher)
			.filter(Matcher::find)
			.findFirst()
			.ifPresent(m -> request.header("Cookie", m.group(1)));
		return this.http.send(request.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers
				.ofString("receiptNumber=ML-20000101-0001&queryCode=000000&_csrf=" + encode(csrf(form.body()))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String signIn(String base, String username) throws IOException, InterruptedException {
		HttpResponse<String> login = get(base + "/login", null);
		String anonymous = sessionCookie(login);
		HttpResponse<String> signedIn = post(base + "/login", anonymous,
				"username=" + username + "&password=demo-password&_csrf=" + encode(csrf(login.body())));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		return sessionCookie(signedIn);
	}

	private HttpResponse<String> get(String url, String session) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		if (session != null) {
			request.header("Cookie", session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String url, String session, String form)
			throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Cookie", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(SESSION_COOKIE::matcher)
			.filter(Matcher::find)
			.map(m -> m.group(1))
			.reduce((a, b) -> b)
			.orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF field on the page").isTrue();
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
