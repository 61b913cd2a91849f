package org.stationops.system;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.stationops.officers.OfficerService;
import org.stationops.officers.SignInThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form login for the pages; every page needs a signed-in officer except the login page,
 * static assets, error pages, health and the public incident tracking page
 * ({@code /track}). The {@code /api/**} chain uses HTTP Basic. Every state-changing route
 * has a role rule here (administration, review, liaison, and {@link #OPERATORS} for the
 * rest; {@code RoleRouteMatrixTests} tries each route as each role); finer rules sit on
 * the controllers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Browser features no page uses. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	/** Scheme and host (with port) of a tile URL template. */
	private static final Pattern TILE_ORIGIN = Pattern.compile("^(https?://[^/?#\\s]+)");

	/**
	 * Roles that change a station's operational records. Bureau supervisors read every
	 * station and review; administrators keep accounts and stations: neither is here.
	 */
	static final String[] OPERATORS = { "OFFICER", "LIAISON", "SUPERVISOR" };

	/**
	 * Pages that show reporters', parties', suspects' or contacts' full personal values
	 * (each audited). Administrators have no operational role and never see them.
	 */
	static final String[] FULL_PERSONAL_VIEWS = { "/incidents/{id:\\d+}", "/incidents/{id:\\d+}/edit",
			"/antifraud/warnings/*", "/mediation/*/parties", "/cases/*/suspects/*", "/consultations/{id:\\d+}",
			"/consultations/{id:\\d+}/**", "/youth/{id:\\d+}", "/youth/{id:\\d+}/**", "/emergency/*/mobilise",
			"/liaison/enterprises/*/personal", "/liaison/enterprises/*/edit", "/vessels/crew/*" };

	/** Roles whose work needs full personal values (not administrators). */
	static final String[] PERSONAL_DATA_READERS = { "OFFICER", "LIAISON", "SUPERVISOR", "BUREAU_SUPERVISOR" };

	/** Roles that review (closures, deadlines, handling guides). */
	static final String[] REVIEWERS = { "SUPERVISOR", "BUREAU_SUPERVISOR" };

	/**
	 * The one way to check a password, for both chains: throttled per name and address.
	 */
	@Bean
	AuthenticationManager signIn(UserDetailsService users, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		String target = (ex instanceof SignInThrottledException) ? "/login?throttled" : "/login?error";
		response.sendRedirect(request.getContextPath() + target);
	}

	/**
	 * The JSON API: stateless HTTP Basic against officer accounts, no CSRF (no cookies),
	 * RFC 9457 problem details for 401 and 403.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager signIn) throws Exception {
		http.securityMatcher("/api/**")
			.authenticationManager(signIn)
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/deadlines")
				.hasAnyRole(REVIEWERS)
				.requestMatchers(HttpMethod.GET, "/api/v1/incidents/*")
				.hasAnyRole(PERSONAL_DATA_READERS)
				.requestMatchers(HttpMethod.GET, "/api/**")
				.authenticated()
				.anyRequest()
				.hasAnyRole(OPERATORS))
			.httpBasic(basic -> basic.authenticationEntryPoint(ApiProblems::unauthorized))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(ApiProblems::unauthorized)
				.accessDeniedHandler(ApiProblems::forbidden))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, LoginSuccessHandler loginSuccess, OfficerService officers,
			AuthenticationManager signIn, @Value("${stationops.map.tile-url:}") String tileUrl) throws Exception {
		http.authenticationManager(signIn);
		http.addFilterBefore(new AccountStateFilter(officers), AuthorizationFilter.class);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error",
					"/actuator/health", "/actuator/health/**", "/track", "/book", "/book/**")
			.permitAll()
			.requestMatchers("/admin/**", "/stations/new", "/stations/*/edit", "/stations/*/areas/**")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/stations", "/stations/*")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/mediation/notifications/*/read")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/mediation/*/closure/approve", "/mediation/*/closure/return",
					"/deadlines", "/incidents/guides", "/incidents/guides/**", "/reports/advice", "/reports/advice/**")
			.hasAnyRole(REVIEWERS)
			.requestMatchers(HttpMethod.POST, "/supervision/**", "/liaison/screening/checklist",
					"/liaison/screening/campaigns/*/close")
			.hasRole("SUPERVISOR")
			.requestMatchers(HttpMethod.POST, "/liaison/**")
			.hasAnyRole("LIAISON", "SUPERVISOR")
			.requestMatchers(HttpMethod.POST, "/vessels/**", "/practitioners/**")
			.hasAnyRole(OPERATORS)
			.requestMatchers(HttpMethod.GET, FULL_PERSONAL_VIEWS)
			.hasAnyRole(PERSONAL_DATA_READERS)
			.requestMatchers(HttpMethod.GET, "/**")
			.authenticated()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.authenticated()
			.anyRequest()
			.hasAnyRole(OPERATORS))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(loginSuccess)
				.failureHandler(SecurityConfiguration::signInFailed)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.csrf(csrf -> csrf.csrfTokenRequestHandler(new TolerantCsrfTokenRequestHandler()))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(Customizer.withDefaults())
			.headers(headers -> headers
				.contentSecurityPolicy(
						csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:" + tileSource(tileUrl)
								+ "; " + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; "
								+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	/**
	 * The tile server the service station map may load images from, as a content security
	 * policy source (with a leading space), or nothing when none is configured. A
	 * {@code {s}} subdomain placeholder becomes a wildcard.
	 */
	static String tileSource(String tileUrl) {
		Matcher origin = TILE_ORIGIN.matcher(tileUrl.strip());
		return origin.find() ? " " + origin.group(1).replace("{s}", "*") : "";
	}

}
