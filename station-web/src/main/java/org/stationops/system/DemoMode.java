package org.stationops.system;

import org.stationops.shared.persistence.OnEmbeddedDatabaseCondition;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this start is a demo: explicitly by {@code stationops.demo}, otherwise exactly
 * when the embedded database is in use.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(StationOpsProperties properties, Environment environment) {
		this.enabled = (properties.demo() != null) ? properties.demo()
				: OnEmbeddedDatabaseCondition.usesEmbeddedDatabase(environment);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

}
