package org.stationops.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where the generated daily briefs are kept, and the cluster-wide lock that lets one node
 * generate them.
 */
public interface DailyBriefStore {

	/**
	 * Takes the cluster-wide generation lock for the current transaction (a PostgreSQL
	 * advisory lock, released at commit or rollback).
	 * @return whether this node got it; {@literal false} when another node is generating.
	 */
	boolean tryLockGeneration();

	/**
	 * @return the stations (of those given) that already have a brief for the day.
	 */
	List<Long> stationsWithBrief(Collection<Long> stationIds, LocalDate day);

	/**
	 * Stores a brief unless the station already has one for the day.
	 * @return whether it was stored.
	 */
	boolean insertIfAbsent(NewBrief brief);

	/**
	 * @return the briefs of the stations, newest day first.
	 */
	List<DailyBrief> list(Collection<Long> stationIds, int offset, int limit);

	long count(Collection<Long> stationIds);

	/**
	 * @return the brief's station and PDF.
	 */
	Optional<BriefPdf> pdf(long id);

	record NewBrief(long stationId, LocalDate day, Instant generatedAt, long incidents, long previous, long yearAgo,
			int significant, byte[] pdf) {

	}

	record BriefPdf(long stationId, LocalDate day, byte[] pdf) {

	}

}
