package org.stationops.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for the list and supervision queries; station-persistence supplies it.
 */
public interface CaseQueries {

	/**
	 * @param stationId {@literal null} for every station.
	 */
	Page<CaseFile> search(@Nullable Long stationId, CaseFilter filter, Pageable pageable);

	/**
	 * @return open cases whose deadline falls before {@code until}, soonest first.
	 */
	List<CaseFile> dueBefore(@Nullable Long stationId, Instant until, int limit);

	/**
	 * Counts the open cases whose deadline falls before {@code until} in one statement:
	 * those past {@code now} (overdue), the others (due soon), and how many of them are
	 * provisional (their deadline reaches into a year without a holiday notice, as
	 * {@code WorkingCalendar.provisionalYear} decides) with the earliest such year.
	 * @param stationId {@literal null} for every station.
	 * @param officerId only the cases this officer leads; {@literal null} for all.
	 * @param noticedYears the years whose holiday notice is entered.
	 */
	DueFigures dueFigures(@Nullable Long stationId, @Nullable Long officerId, Instant now, Instant until,
			Collection<Integer> noticedYears);

	/**
	 * @return the open cases whose deadline falls before {@code until} and is provisional
	 * (see {@link #dueFigures}), soonest first, at most {@code limit}.
	 */
	List<CaseFile> provisionalDueBefore(@Nullable Long stationId, Instant until, Collection<Integer> noticedYears,
			int limit);

	List<CaseReview> reviews(@Nullable Long stationId, ReviewStatus status, int limit);

	List<CaseReview> returnedTo(Long officerId, int limit);

	/**
	 * @return the officer's open cases at the station, the nearest deadline first (cases
	 * without a deadline last).
	 */
	List<CaseFile> openLedBy(Long stationId, Long officerId, int limit);

	/**
	 * @return per submitting officer: [officer id, first submissions decided, of which
	 * approved].
	 */
	List<long[]> firstPassCounts(@Nullable Long stationId);

	/**
	 * @return open cases by stage.
	 */
	Map<CaseStage, Long> openByStage(@Nullable Long stationId);

	/**
	 * Waits until no other transaction is opening a case at the station, and holds that
	 * until the current transaction ends, so that case numbers and double submits are
	 * decided one at a time.
	 */
	void lockCaseOpening(Long stationId);

	/**
	 * Waits until no other transaction is submitting a decision on the case, and holds
	 * that until the current transaction ends.
	 */
	void lockCaseReview(Long caseId);

}
