package org.stationops.servicestations;

import java.util.List;

/**
 * A compound register file (CSV) read into lines, and what its import did.
 */
public final class CompoundImport {

	private CompoundImport() {
	}

	/**
	 * One line of the file as text (line 1 is the header).
	 */
	public record Line(int line, String name, String area, String latitude, String longitude, String households,
			String residents) {

	}

	/**
	 * A problem with a column of a line, as a message code with arguments.
	 */
	public record Problem(int line, String column, String code, Object... arguments) {

	}

	/**
	 * @param imported compounds written: all lines, or none when any line has a problem.
	 */
	public record Result(int imported, List<Problem> problems) {

		public boolean succeeded() {
			return this.problems.isEmpty();
		}

	}

}
