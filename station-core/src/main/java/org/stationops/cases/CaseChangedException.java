package org.stationops.cases;

import org.stationops.shared.RuleViolationException;

/**
 * An edit was made over a stale version of the case: someone saved in between.
 */
public class CaseChangedException extends RuleViolationException {

	CaseChangedException() {
		super("common.error.staleVersion");
	}

}
