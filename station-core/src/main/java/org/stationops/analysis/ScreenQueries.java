package org.stationops.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;

/**
 * The aggregate SQL behind the station's one screen (一屏): one statement per method, each
 * over the stations in scope and grouped in the database.
 */
public interface ScreenQueries {

	/**
	 * One row of figures per station.
	 */
	List<StationRow> figures(Collection<Long> stationIds, Moment moment, double radiusMetres);

	/**
	 * Open units by status, open cases by stage and open disputes by status, per station:
	 * {@code kind} is {@code unit}, {@code stage} or {@code dispute}.
	 */
	List<GroupRow> groups(Collection<Long> stationIds);

	/**
	 * Incidents of the last 24 hours per station, top-level category and hour of day.
	 */
	List<CategoryHourRow> categoryHours(Collection<Long> stationIds, Instant since);

	/**
	 * 询问查证 clocks still running (arrival recorded, suspect not released), nearest end
	 * first, at most {@code limit}.
	 */
	List<ClockRow> questioningClocks(Collection<Long> stationIds, Instant now, int limit);

	/**
	 * The instant the screen is read at, with the station day it falls in.
	 */
	/**
	 * @param urgentBefore an urgent incident received before this and still not
	 * dispatched has waited too long ({@code stationops.dispatch.urgent-after})
	 */
	record Moment(Instant now, LocalDate today, LocalTime timeOfDay, Instant dayStart, Instant dayEnd,
			Instant urgentBefore) {

	}

	record StationRow(long stationId, String stationName, long incidentsToday, long incidents24h, long openUnderHour,
			long openOneToFour, long openFourToDay, long openOverDay, long deadlinesDueToday, long deadlinesOverdue,
			long followUpsDue, long visitsDueToday, long visitsOverdue, long serviceStations, long staffedNow,
			long residents, long residentsCovered, long cameras, long camerasFaulty, long urgentWaiting) {

		public long openIncidents() {
			return this.openUnderHour + this.openOneToFour + this.openFourToDay + this.openOverDay;
		}

		/**
		 * @return residents of compounds within walking distance of a service station
		 * staffed now, in percent to one decimal, or {@literal null} without residents.
		 */
		public @org.jspecify.annotations.Nullable Double coveragePercent() {
			return (this.residents == 0) ? null : Math.round(1000.0 * this.residentsCovered / this.residents) / 10.0;
		}

	}

	record GroupRow(long stationId, String kind, String key, long count) {

	}

	record CategoryHourRow(long stationId, String categoryCode, Label category, int hour, long count) {

	}

	record ClockRow(long stationId, long caseId, String caseNumber, Instant arrivedAt, String ground, Instant endsAt) {

	}

}
