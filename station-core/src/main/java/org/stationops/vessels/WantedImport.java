package org.stationops.vessels;

import java.util.List;

/**
 * A wanted-list file (CSV) read into lines, and what its import did.
 */
public final class WantedImport {

	private WantedImport() {
	}

	/**
	 * One line of the file as text (line 1 is the header).
	 */
	public record Line(int line, String idNumber, String name, String reason, String source) {

	}

	/**
	 * A problem with a column of a line, as a message code with arguments.
	 */
	public record Problem(int line, String column, String code, Object... arguments) {

	}

	/**
	 * @param added new entries written, {@code refreshed} entries already listed and
	 * updated: all lines, or none when any line has a problem.
	 */
	public record Result(int added, int refreshed, List<Problem> problems) {

		public boolean succeeded() {
			return this.problems.isEmpty();
		}

	}

}
