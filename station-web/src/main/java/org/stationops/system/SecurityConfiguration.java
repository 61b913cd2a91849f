package org.stationops.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login for the pages; every page needs a signed-in officer except the login page,
 * static assets, error pages, health and the public incident tracking page
 * ({@code /track}). The {@code /api/**} chain uses HTTP Basic. Role rules for admin pages
 * live here; finer rules sit on the controllers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * The JSON API: stateless HTTP Basic against officer accounts, no CSRF (no cookies),
	 * RFC 9457 problem details for 401 and 403.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(ApiProblems::unauthorized))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(ApiProblems::unauthorized)
				.accessDeniedHandler(ApiProblems::forbidden))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, LoginSuccessHandler loginSuccess) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error",
					"/actuator/health", "/actuator/health/**", "/track", "/book", "/book/**")
			.permitAll()
			.requestMatchers("/admin/**", "/stations/new", "/stations/*/edit", "/stations/*/areas/**")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/stations", "/stations/*")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").successHandler(loginSuccess).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(Customizer.withDefaults())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'")));
		return http.build();
	}

}
