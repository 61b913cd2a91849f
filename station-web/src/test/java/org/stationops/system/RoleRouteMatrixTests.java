package org.stationops.system;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every state-changing route (POST, PUT, PATCH, DELETE of every handler mapping) tried as
 * each role with a valid CSRF token and no form data. Path variables point at a record
 * that does not exist, so no demo record changes. The table below is the documented rule:
 * the first route pattern that matches gives the roles that may change it; every other
 * signed-in role answers 403, an anonymous visitor is sent to the login page (401 on the
 * API), and no answer is a 500.
 */
@StationWebTest
class RoleRouteMatrixTests {

	static final String OFFICER = "officer";

	static final String LIAISON = "liaison";

	static final String SUPERVISOR = "supervisor";

	static final String BUREAU = "bureau";

	static final String ADMIN = "admin";

	static final String ANONYMOUS = "anonymous";

	/** Role name to demo account (none for the anonymous visitor). */
	static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();

	static {
		ACCOUNTS.put(OFFICER, "ml.officer");
		ACCOUNTS.put(LIAISON, "ml.liaison");
		ACCOUNTS.put(SUPERVISOR, "ml.supervisor");
		ACCOUNTS.put(BUREAU, "bureau");
		ACCOUNTS.put(ADMIN, "admin");
		ACCOUNTS.put(ANONYMOUS, null);
	}

	/** Route pattern to the roles that may change it; first match wins. */
	static final Map<Pattern, Set<String>> ALLOWED = new LinkedHashMap<>();

	static {
		allow("^/(track|book)(/.*)?$", OFFICER, LIAISON, SUPERVISOR, BUREAU, ADMIN, ANONYMOUS);
		allow("^/(admin|stations)(/.*)?$", ADMIN);
		allow("^/mediation/notifications/.*$", OFFICER, LIAISON, SUPERVISOR, BUREAU, ADMIN);
		allow("^/mediation/[^/]+/closure/(approve|return)$", SUPERVISOR, BUREAU);
		allow("^/(deadlines|incidents/guides|api/v1/deadlines|reports/advice)(/.*)?$", SUPERVISOR, BUREAU);
		allow("^/supervision/.*$", SUPERVISOR);
		allow("^/liaison/screening/(checklist|campaigns/[^/]+/close)$", SUPERVISOR);
		allow("^/liaison/.*$", LIAISON, SUPERVISOR);
		allow("^/(vessels|practitioners)(/.*)?$", OFFICER, LIAISON, SUPERVISOR);
		allow("^/.*$", OFFICER, LIAISON, SUPERVISOR);
	}

	private static void allow(String pattern, String... roles) {
		ALLOWED.put(Pattern.compile(pattern), Set.of(roles));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService users;

	@Test
	void everyStateChangingRouteAnswersOnlyTheRolesAllowedToChangeIt() throws Exception {
		List<String[]> routes = stateChangingRoutes();
		assertThat(routes).hasSizeGreaterThan(100);
		List<String> wrong = new ArrayList<>();
		for (String[] route : routes) {
			Set<String> allowed = allowedFor(route[1]);
			for (Map.Entry<String, String> role : ACCOUNTS.entrySet()) {
				MvcResult result = this.mvc.perform(requestFor(route, role.getValue())).andReturn();
				int status = result.getResponse().getStatus();
				String location = result.getResponse().getRedirectedUrl();
				boolean toLogin = status == 302 && location != null && location.contains("/login");
				boolean ok;
				if (status >= 500) {
					ok = false;
				}
				else if (allowed.contains(role.getKey())) {
					ok = status != 403 && status != 401 && !toLogin;
				}
				else if (role.getValue() == null) {
					ok = route[1].startsWith("/api/") ? status == 401 : toLogin;
				}
				else {
					ok = status == 403;
				}
				if (!ok) {
					wrong.add(route[0] + " " + route[1] + " as " + role.getKey() + " answered " + status
							+ (allowed.contains(role.getKey()) ? " (allowed)" : " (forbidden)"));
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private MockHttpServletRequestBuilder requestFor(String[] route, String username) {
		MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(route[0]), route[1]).with(csrf());
		if (route[1].startsWith("/api/")) {
			builder.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		if (username != null) {
			builder.with(user(this.users.loadUserByUsername(username)));
		}
		return builder;
	}

	static Set<String> allowedFor(String path) {
		return ALLOWED.entrySet()
			.stream()
			.filter(entry -> entry.getKey().matcher(path).matches())
			.findFirst()
			.orElseThrow()
			.getValue();
	}

	/** Method and path, path variables filled with an id no record has. */
	List<String[]> stateChangingRoutes() {
		Set<String> seen = new TreeSet<>();
		Set<RequestMethod> writes = EnumSet.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE,
				RequestMethod.PATCH);
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (RequestMethod method : info.getMethodsCondition().getMethods()) {
				if (writes.contains(method)) {
					for (String pattern : info.getPatternValues()) {
						seen.add(method.name() + " " + pattern.replaceAll("\\{[^}]*}", "987654").replace("**", "x"));
					}
				}
			}
		}
		return seen.stream().map(route -> route.split(" ", 2)).toList();
	}

}
