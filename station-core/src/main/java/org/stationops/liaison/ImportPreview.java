package org.stationops.liaison;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.RuleViolationException;

/**
 * The checked rows of an enterprise import file, before anything is written.
 */
public record ImportPreview(Long stationId, List<Row> rows) {

	public long validCount() {
		return this.rows.stream().filter(Row::isValid).count();
	}

	/**
	 * Refuses to import a file without a single valid row.
	 */
	public void requireImportable() {
		if (validCount() == 0) {
			throw new RuleViolationException("liaison.import.nothingValid");
		}
	}

	public long invalidCount() {
		return this.rows.size() - validCount();
	}

	public long warningCount() {
		return this.rows.stream().filter(r -> !r.warnings().isEmpty()).count();
	}

	public List<Row> problemRows() {
		return this.rows.stream().filter(r -> !r.errors().isEmpty() || !r.warnings().isEmpty()).toList();
	}

	/**
	 * One line of the file (line 1 is the header).
	 */
	public record Row(int line, String name, String creditCode, @Nullable EnterpriseDetails details, String circleName,
			String buildingName, List<Problem> errors, List<Problem> warnings) {

		public boolean isValid() {
			return this.errors.isEmpty() && this.details != null;
		}

		public boolean isLegacyCode() {
			return this.warnings.stream().anyMatch(w -> w.code().equals("liaison.import.legacyCode"));
		}

	}

	/**
	 * A problem with a column of a row, as a message code with arguments.
	 */
	public record Problem(String column, String code, Object... arguments) {
	}

}
