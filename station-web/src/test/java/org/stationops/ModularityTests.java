package org.stationops;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void featuresDependOnlyOnEachOthersPublicApiWithoutCycles() {
		ApplicationModules.of(StationApplication.class).verify();
	}

}
