package org.stationops.liaison;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Port for the liaison report's aggregate queries (one query per figure family, grouped
 * by officer).
 */
public interface LiaisonReportRepository {

	/**
	 * @return metrics {@code enterprises}, {@code withinCadence} (visited within the
	 * visit cadence before {@code to}) and {@code overdue} (next due before
	 * {@code today}) per liaison officer.
	 */
	List<LiaisonFigure> cadenceFigures(@Nullable Long stationId, LocalDate to, LocalDate today);

	/**
	 * @return visits in [from, to] per officer, the metric being the purpose.
	 */
	List<LiaisonFigure> visitsByPurpose(@Nullable Long stationId, LocalDate from, LocalDate to);

	/**
	 * @return metric {@code visits} per officer: visits and contacts logged in [from,
	 * to].
	 */
	List<LiaisonFigure> visits(@Nullable Long stationId, LocalDate from, LocalDate to);

	/**
	 * @return metric {@code screened} per officer: enterprises screened in [from, to].
	 */
	List<LiaisonFigure> screenings(@Nullable Long stationId, LocalDate from, LocalDate to);

}
