package org.stationops.system;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class StartupDataTests {

	@Test
	void theDemoSignInHintNamesThePortTheServerListensOnAndEveryDemoAccount() {
		MockEnvironment environment = new MockEnvironment().withProperty("server.port", "8091")
			.withProperty("local.server.port", "8091");
		assertThat(StartupData.signInHint(environment)).contains("http://localhost:8091/login", "ml.duty",
				"ds.supervisor", "demo-password");
		assertThat(StartupData.signInHint(new MockEnvironment())).contains("http://localhost:8080/login");
	}

}
