package org.stationops.cases;

import org.jspecify.annotations.Nullable;

/**
 * Open cases with a deadline due soon or overdue, counted in the database.
 *
 * @param overdue deadline passed.
 * @param dueSoon deadline within {@link DeadlineEngine#DUE_SOON}.
 * @param provisional of both, those whose deadline reaches into a year without a holiday
 * notice.
 * @param provisionalYear the earliest such year, {@literal null} when none.
 */
public record DueFigures(long overdue, long dueSoon, long provisional, @Nullable Integer provisionalYear) {

}
