package org.stationops.vessels;

/**
 * A vessel task is open until the officer records its outcome.
 */
public enum TaskState {

	OPEN, DONE;

	public String labelKey() {
		return "vessels.task.state." + name();
	}

	public boolean isOpen() {
		return this == OPEN;
	}

}
