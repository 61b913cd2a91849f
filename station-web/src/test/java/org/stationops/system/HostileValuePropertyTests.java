package org.stationops.system;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stationops.support.StationWebTest;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A property over every form, filter and API body the application has: whatever values
 * (generated from one seed: known-bad values and random ones — hostile strings, far-off
 * dates, huge and foreign-script numbers, control characters, markup, random Unicode,
 * wrong JSON types) fill a route's fields, the answer is 2xx, 3xx or 4xx — never a server
 * error. Routes and their field names are read from the handler mappings, so a new form
 * is covered the day it is added. Each request runs in a transaction that is rolled back,
 * so nothing generated stays in the shared test database. Path variables name a record no
 * station has, or a hostile value.
 */
@StationWebTest
class HostileValuePropertyTests {

	private static final int TRIES_PER_ROUTE = 2;

	private static final Set<RequestMethod> METHODS = Set.of(RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT,
			RequestMethod.PATCH, RequestMethod.DELETE);

	private static final List<String> ROLE_ORDER = List.of(RoleRouteMatrixTests.SUPERVISOR,
			RoleRouteMatrixTests.OFFICER, RoleRouteMatrixTests.LIAISON, RoleRouteMatrixTests.ADMIN,
			RoleRouteMatrixTests.BUREAU, RoleRouteMatrixTests.ANONYMOUS);

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlatformTransactionManager transactions;

	private static final List<String> KNOWN_BAD = List.of("", " ", "\u0001", "\u0007标题\u001f", "\t\r\n",
			"<script>alert(1)</script>", "' or 1=1 --", "\"; drop table incidents; --", "${7*7}",
			"__${T(java.lang.Runtime).getRuntime()}__::x", "../../../etc/passwd", "%00", "%", "+294277-01-01",
			"-999999999-01-01", "0000-01-01", "2026-02-30", "2026-13-45T25:61", "9999-12-31T23:59:59", "1899-12-31",
			"9223372036854775808", "-9223372036854775809", "-1", "0", "1e309", "NaN", "Infinity", "٣٤", "１２", "12.5.3",
			"0x1F", "true", "null", "[]", "{}", "=cmd|' /C calc'!A0", "\uFFFF\uFFFE", "\uD800", "𠀀😀",
			"ML-20261202-0009", "999999999999" + "999999999999", "x".repeat(5000));

	private static final List<String> JSON_TOKENS = List.of("1700000000", "-1", "1e400", "3.5", "true", "false", "null",
			"[]", "{}", "[1,2,3]", "{\"a\":{\"b\":[null]}}", "99999999999999999999999");

	/**
	 * A hostile text: half the time a known-bad value, otherwise random Unicode (any BMP
	 * character, lone surrogates and controls included), a long run of digits, or any
	 * int.
	 */
	static String hostileText(Random random) {
		int kind = random.nextInt(10);
		if (kind < 5) {
			return KNOWN_BAD.get(random.nextInt(KNOWN_BAD.size()));
		}
		if (kind < 7) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(41); i > 0; i--) {
				text.append((char) (1 + random.nextInt(0xFFFF)));
			}
			return text.toString();
		}
		if (kind < 9) {
			StringBuilder digits = new StringBuilder();
			for (int i = 1 + random.nextInt(25); i > 0; i--) {
				digits.append((char) ('0' + random.nextInt(10)));
			}
			return digits.toString();
		}
		return String.valueOf(random.nextInt());
	}

	static String hostileJson(Random random) {
		return (random.nextInt(3) == 0) ? JSON_TOKENS.get(random.nextInt(JSON_TOKENS.size()))
				: jsonString(hostileText(random));
	}

	@Test
	void everyRouteAnswersHostileValuesWithoutAServerError() {
		// one seed for every choice, so a run repeats exactly (jqwik's generators cannot
		// be
		// seeded outside a jqwik property, and this test needs the Spring context of
		// JUnit
		// Jupiter); -Dhostile.seed=… tries other values
		long seed = Long.getLong("hostile.seed", 20261202L);
		Random random = new Random(seed);

		List<Route> routes = routes();
		assertThat(routes).hasSizeGreaterThan(150);
		List<String> serverErrors = new ArrayList<>();
		List<String> escaped = new ArrayList<>();
		TransactionTemplate rolledBack = new TransactionTemplate(this.transactions);
		for (Route route : routes) {
			for (int attempt = 0; attempt < TRIES_PER_ROUTE; attempt++) {
				AbstractMockHttpServletRequestBuilder<?> request = route.request(random);
				String account = account(route);
				if (account != null) {
					request.with(user(this.users.loadUserByUsername(account)));
				}
				int status = rolledBack.execute(tx -> {
					tx.setRollbackOnly();
					try {
						return this.mvc.perform(request.with(csrf())).andReturn().getResponse().getStatus();
					}
					catch (Exception ex) {
						Throwable root = ex;
						while (root.getCause() != null) {
							root = root.getCause();
						}
						escaped.add(route + ": " + root);
						return 599;
					}
				});
				if (status >= 500) {
					serverErrors.add(route + " answered " + status + " to " + describe(request));
				}
			}
		}
		assertThat(serverErrors).as("server errors (seed %d; exceptions %s)", seed, escaped).isEmpty();
	}

	private static String describe(AbstractMockHttpServletRequestBuilder<?> request) {
		var built = request.buildRequest(new org.springframework.mock.web.MockServletContext());
		StringBuilder text = new StringBuilder(built.getMethod() + " " + built.getRequestURI());
		built.getParameterMap()
			.forEach((name,
					values) -> text.append(' ').append(name).append('=').append(abbreviate(String.join(",", values))));
		byte[] body = built.getContentAsByteArray();
		if (body != null && body.length > 0) {
			text.append(" body ").append(abbreviate(new String(body, StandardCharsets.UTF_8)));
		}
		return text.toString();
	}

	private static String abbreviate(String value) {
		String escaped = value.chars()
			.mapToObj(c -> (c < 0x20 || c > 0x7e) ? String.format("\\u%04x", c) : String.valueOf((char) c))
			.reduce("", String::concat);
		return (escaped.length() > 80) ? escaped.substring(0, 80) + "…" : escaped;
	}

	private static String account(Route route) {
		Set<String> allowed = route.method() == RequestMethod.GET
				? Set.of(RoleRouteMatrixTests.SUPERVISOR, RoleRouteMatrixTests.ADMIN)
				: RoleRouteMatrixTests.allowedFor(route.path());
		String role = ROLE_ORDER.stream().filter(allowed::contains).findFirst().orElseThrow();
		if (route.method() == RequestMethod.GET && route.path().startsWith("/admin")) {
			role = RoleRouteMatrixTests.ADMIN;
		}
		return RoleRouteMatrixTests.ACCOUNTS.get(role);
	}

	private static String jsonString(String value) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"').toString();
	}

	List<Route> routes() {
		Map<String, Route> routes = new LinkedHashMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of(RequestMethod.GET)
					: info.getMethodsCondition().getMethods();
			for (RequestMethod method : methods) {
				if (!METHODS.contains(method)) {
					continue;
				}
				for (String pattern : info.getPatternValues()) {
					if (pattern.contains("**") || pattern.startsWith("/error") || pattern.equals("/logout")) {
						continue;
					}
					Route route = Route.of(method, pattern, entry.getValue());
					if (method != RequestMethod.GET || !route.fields().isEmpty()) {
						routes.putIfAbsent(method + " " + pattern, route);
					}
				}
			}
		}
		return List.copyOf(routes.values());
	}

	record Route(RequestMethod method, String pattern, List<String> fields, List<String> files, boolean json) {

		static Route of(RequestMethod method, String pattern, HandlerMethod handler) {
			List<String> fields = new ArrayList<>();
			List<String> files = new ArrayList<>();
			boolean json = false;
			for (Parameter parameter : handler.getMethod().getParameters()) {
				Class<?> type = parameter.getType();
				if (parameter.isAnnotationPresent(PathVariable.class) || parameter
					.isAnnotationPresent(org.springframework.security.core.annotation.AuthenticationPrincipal.class)) {
					continue;
				}
				if (MultipartFile.class.isAssignableFrom(type)) {
					RequestParam param = parameter.getAnnotation(RequestParam.class);
					files.add((param != null && !param.name().isEmpty()) ? param.name()
							: (param != null && !param.value().isEmpty()) ? param.value() : parameter.getName());
				}
				else if (parameter.isAnnotationPresent(RequestParam.class)) {
					RequestParam param = parameter.getAnnotation(RequestParam.class);
					fields.add(!param.name().isEmpty() ? param.name()
							: !param.value().isEmpty() ? param.value() : parameter.getName());
				}
				else if (parameter.isAnnotationPresent(RequestBody.class)) {
					json = true;
					fields.addAll(componentNames(type));
				}
				else if (type.isRecord()) {
					fields.addAll(componentNames(type));
				}
				else if (BeanUtils.isSimpleProperty(type) && !type.getName().startsWith("jakarta")
						&& !type.getName().startsWith("org.springframework")
						&& !type.getName().startsWith("java.util")) {
					fields.add(parameter.getName());
				}
			}
			return new Route(method, pattern, List.copyOf(fields), List.copyOf(files), json);
		}

		private static List<String> componentNames(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			return (components != null) ? java.util.Arrays.stream(components).map(RecordComponent::getName).toList()
					: List.of();
		}

		String path() {
			return this.pattern.replaceAll("\\{[^}]*}", "987654");
		}

		AbstractMockHttpServletRequestBuilder<?> request(Random random) {
			String path = this.pattern.replaceAll("\\{[^}]*}", (random.nextInt(4) == 0)
					? java.util.regex.Matcher.quoteReplacement(urlSafe(hostileText(random))) : "987654");
			AbstractMockHttpServletRequestBuilder<?> request;
			if (!this.files.isEmpty()) {
				MockMultipartHttpServletRequestBuilder upload = multipart(HttpMethod.valueOf(this.method.name()), path);
				for (String file : this.files) {
					upload.file(new MockMultipartFile(file, "hostile.csv", "text/csv",
							(hostileText(random) + "\n" + hostileText(random)).getBytes(StandardCharsets.UTF_8)));
				}
				request = upload;
			}
			else {
				request = MockMvcRequestBuilders.request(HttpMethod.valueOf(this.method.name()), path);
			}
			if (this.json) {
				StringBuilder body = new StringBuilder("{");
				for (String field : this.fields) {
					if (body.length() > 1) {
						body.append(',');
					}
					body.append(jsonString(field)).append(':').append(hostileJson(random));
				}
				request.contentType(MediaType.APPLICATION_JSON).content(body.append('}').toString());
			}
			else {
				for (String field : this.fields) {
					if (random.nextInt(6) > 0) {
						request.param(field, hostileText(random));
					}
				}
			}
			return request;
		}

		private static String urlSafe(String value) {
			String cleaned = value.replaceAll("[/?#%\\\\;]", "").strip();
			return cleaned.isEmpty() ? "-1" : java.net.URLEncoder.encode(cleaned, StandardCharsets.UTF_8);
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

}
