package org.stationops.system;

import org.junit.jupiter.api.Test;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@StationWebTest
class SecurityHeadersTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void sendsReferrerPermissionsAndFramingPolicies() {
		assertThat(this.mvc.get().uri("/login")).hasStatusOk()
			.headers()
			.hasValue("Referrer-Policy", "same-origin")
			.containsHeader("Permissions-Policy");
		assertThat(this.mvc.get().uri("/login").exchange().getResponse().getHeader("Content-Security-Policy"))
			.contains("frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'");
		assertThat(this.mvc.get().uri("/login").exchange().getResponse().getHeader("Permissions-Policy"))
			.contains("camera=()", "geolocation=()");
	}

	@Test
	void sendsStrictTransportSecurityOnlyOverHttps() {
		assertThat(this.mvc.get().uri("/login").secure(true)).headers().containsHeader("Strict-Transport-Security");
		assertThat(this.mvc.get().uri("/login")).headers().doesNotContainHeader("Strict-Transport-Security");
	}

}
