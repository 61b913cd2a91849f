package org.stationops.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing first administrator into Boot's "APPLICATION FAILED TO START" report,
 * saying what to set.
 */
class FirstAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<FirstAdministratorMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, FirstAdministratorMissingException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set the environment variables STATIONOPS_ADMIN_USERNAME and STATIONOPS_ADMIN_PASSWORD and start "
						+ "again. They are read only while no account exists. For a demo with sample data, leave "
						+ "SPRING_DATASOURCE_URL unset (embedded database) or set STATIONOPS_DEMO=true.",
				cause);
	}

}
