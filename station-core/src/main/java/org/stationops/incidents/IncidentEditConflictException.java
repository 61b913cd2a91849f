package org.stationops.incidents;

import java.util.List;

import org.stationops.shared.RuleViolationException;

/**
 * A save over a stale version: someone else saved the incident in between. Carries what
 * is saved now and which fields differ from the refused input, so the form can show what
 * changed instead of overwriting it.
 */
public class IncidentEditConflictException extends RuleViolationException {

	private final transient IncidentDetails current;

	private final long currentVersion;

	private final List<String> differingFields;

	IncidentEditConflictException(IncidentDetails current, long currentVersion, List<String> differingFields) {
		super("common.error.staleVersion");
		this.current = current;
		this.currentVersion = currentVersion;
		this.differingFields = List.copyOf(differingFields);
	}

	public IncidentDetails getCurrent() {
		return this.current;
	}

	public long getCurrentVersion() {
		return this.currentVersion;
	}

	public List<String> getDifferingFields() {
		return this.differingFields;
	}

}
