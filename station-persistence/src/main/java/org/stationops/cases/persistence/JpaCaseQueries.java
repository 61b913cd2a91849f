package org.stationops.cases.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.jspecify.annotations.Nullable;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseFilter;
import org.stationops.cases.CaseQueries;
import org.stationops.cases.CaseReview;
import org.stationops.cases.CaseStage;
import org.stationops.cases.DeadlineEngine;
import org.stationops.cases.DueFigures;
import org.stationops.cases.ReviewStatus;
import org.stationops.shared.StationTime;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/**
 * JPQL for the case list (filters on indexed columns, newest first) and the supervision
 * figures. Only the conditions a filter sets are added, so each query can use the
 * station/date, station/stage or station/officer index.
 */
@Repository
class JpaCaseQueries implements CaseQueries {

	private static final List<CaseStage> CLOSED = List.of(CaseStage.NOT_FILED, CaseStage.CLOSED, CaseStage.WITHDRAWN);

	private static final String ZONE = StationTime.ZONE.getId();

	/**
	 * The first year without a notice between the station-local dates of
	 * {@code accepted_at} and {@code deadline_at} (exclusive), as
	 * {@code WorkingCalendar.provisionalYear} computes it; null when none.
	 */
	private static final String PROVISIONAL_YEAR = "(select min(y) from generate_series("
			+ "cast(extract(year from c.accepted_at at time zone '" + ZONE + "') as integer),"
			+ " cast(extract(year from (c.deadline_at - interval '1 microsecond') at time zone '" + ZONE
			+ "') as integer)) y where y not in (:noticed)"
			+ " and cast((c.deadline_at - interval '1 microsecond') at time zone '" + ZONE + "' as date)"
			+ " >= cast(c.accepted_at at time zone '" + ZONE + "' as date))";

	private final EntityManager em;

	JpaCaseQueries(EntityManager em) {
		this.em = em;
	}

	@Override
	public Page<CaseFile> search(@Nullable Long stationId, CaseFilter filter, Pageable pageable) {
		StringBuilder where = new StringBuilder(" where 1=1");
		Map<String, Object> params = new java.util.HashMap<>();
		if (stationId != null) {
			where.append(" and c.stationId = :station");
			params.put("station", stationId);
		}
		if (filter.from() != null) {
			where.append(" and c.acceptedAt >= :from");
			params.put("from", startOf(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" and c.acceptedAt < :to");
			params.put("to", startOf(filter.to().plusDays(1)));
		}
		if (filter.kind() != null) {
			where.append(" and c.kind = :kind");
			params.put("kind", filter.kind());
		}
		if (filter.stage() != null) {
			where.append(" and c.stage = :stage");
			params.put("stage", filter.stage());
		}
		if (filter.officerId() != null) {
			where.append(" and c.leadOfficerId = :officer");
			params.put("officer", filter.officerId());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			where.append(" and (c.caseNumber = :exact or c.title like :text)");
			params.put("exact", filter.text().trim());
			params.put("text", "%" + filter.text().trim().replace("%", "").replace("_", "") + "%");
		}
		TypedQuery<CaseFile> query = this.em
			.createQuery("select c from CaseFile c" + where + " order by c.acceptedAt desc, c.id desc", CaseFile.class);
		TypedQuery<Long> count = this.em.createQuery("select count(c) from CaseFile c" + where, Long.class);
		params.forEach((k, v) -> {
			query.setParameter(k, v);
			count.setParameter(k, v);
		});
		long total = count.getSingleResult();
		if (pageable.getOffset() >= total) {
			// past the last page (or a page number too large for an offset): nothing to
			// read
			return new PageImpl<>(List.of(), pageable, total);
		}
		query.setFirstResult((int) pageable.getOffset());
		query.setMaxResults(pageable.getPageSize());
		return new PageImpl<>(query.getResultList(), pageable, total);
	}

	@Override
	public List<CaseFile> dueBefore(@Nullable Long stationId, Instant until, int limit) {
		String jpql = "select c from CaseFile c where c.deadlineAt is not null and c.deadlineAt < :until"
				+ " and c.stage not in :closed" + ((stationId != null) ? " and c.stationId = :station" : "")
				+ " order by c.deadlineAt";
		TypedQuery<CaseFile> query = this.em.createQuery(jpql, CaseFile.class)
			.setParameter("until", until)
			.setParameter("closed", CLOSED)
			.setMaxResults(limit);
		if (stationId != null) {
			query.setParameter("station", stationId);
		}
		return query.getResultList();
	}

	@Override
	public DueFigures dueFigures(@Nullable Long stationId, @Nullable Long officerId, Instant now, Instant until,
			Collection<Integer> noticedYears) {
		String sql = "select count(*) filter (where c.deadline_at < :now), count(*) filter (where c.deadline_at >= :now),"
				+ " count(p.year), min(p.year) from cases c cross join lateral (select " + PROVISIONAL_YEAR
				+ " as year) p" + dueWhere(stationId)
				+ ((officerId != null) ? " and c.lead_officer_id = :officer" : "");
		Query query = dueParameters(this.em.createNativeQuery(sql), stationId, until, noticedYears).setParameter("now",
				Timestamp.from(now));
		if (officerId != null) {
			query.setParameter("officer", officerId);
		}
		Object[] row = (Object[]) query.getSingleResult();
		return new DueFigures(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
				((Number) row[2]).longValue(), (row[3] != null) ? ((Number) row[3]).intValue() : null);
	}

	@Override
	public List<CaseFile> provisionalDueBefore(@Nullable Long stationId, Instant until,
			Collection<Integer> noticedYears, int limit) {
		String sql = "select c.* from cases c" + dueWhere(stationId) + " and " + PROVISIONAL_YEAR
				+ " is not null order by c.deadline_at, c.id";
		Query query = dueParameters(this.em.createNativeQuery(sql, CaseFile.class), stationId, until, noticedYears)
			.setMaxResults(limit);
		@SuppressWarnings("unchecked")
		List<CaseFile> rows = query.getResultList();
		return rows;
	}

	private static String dueWhere(@Nullable Long stationId) {
		return " where c.deadline_at is not null and c.deadline_at < :until and c.stage not in (:closed)"
				+ ((stationId != null) ? " and c.station_id = :station" : "");
	}

	private static Query dueParameters(Query query, @Nullable Long stationId, Instant until,
			Collection<Integer> noticedYears) {
		// year 0 stands for "none": an empty list would not be valid SQL
		List<Integer> noticed = new ArrayList<>(noticedYears);
		noticed.add(0);
		query.setParameter("until", Timestamp.from(until))
			.setParameter("closed", CLOSED.stream().map(Enum::name).toList())
			.setParameter("noticed", noticed);
		if (stationId != null) {
			query.setParameter("station", stationId);
		}
		return query;
	}

	@Override
	public List<CaseReview> reviews(@Nullable Long stationId, ReviewStatus status, int limit) {
		String jpql = "select r from CaseReview r where r.status = :status"
				+ ((stationId != null) ? " and r.stationId = :station" : "") + " order by r.submittedAt";
		TypedQuery<CaseReview> query = this.em.createQuery(jpql, CaseReview.class)
			.setParameter("status", status)
			.setMaxResults(limit);
		if (stationId != null) {
			query.setParameter("station", stationId);
		}
		return query.getResultList();
	}

	@Override
	public List<CaseReview> returnedTo(Long officerId, int limit) {
		return this.em
			.createQuery("select r from CaseReview r where r.submittedBy = :officer and r.status = :status"
					+ " order by r.decidedAt desc", CaseReview.class)
			.setParameter("officer", officerId)
			.setParameter("status", ReviewStatus.RETURNED)
			.setMaxResults(limit)
			.getResultList();
	}

	@Override
	public List<CaseFile> openLedBy(Long stationId, Long officerId, int limit) {
		return this.em
			.createQuery("select c from CaseFile c where c.stationId = :station and c.leadOfficerId = :officer"
					+ " and c.stage not in :closed order by c.deadlineAt asc nulls last, c.id", CaseFile.class)
			.setParameter("station", stationId)
			.setParameter("officer", officerId)
			.setParameter("closed", CLOSED)
			.setMaxResults(limit)
			.getResultList();
	}

	@Override
	public List<long[]> firstPassCounts(@Nullable Long stationId) {
		String jpql = "select r.submittedBy, count(r), sum(case when r.status = :approved then 1 else 0 end)"
				+ " from CaseReview r where r.attempt = 1 and r.status <> :pending"
				+ ((stationId != null) ? " and r.stationId = :station" : "") + " group by r.submittedBy";
		TypedQuery<Object[]> query = this.em.createQuery(jpql, Object[].class)
			.setParameter("approved", ReviewStatus.APPROVED)
			.setParameter("pending", ReviewStatus.PENDING);
		if (stationId != null) {
			query.setParameter("station", stationId);
		}
		List<long[]> rows = new ArrayList<>();
		for (Object[] row : query.getResultList()) {
			rows.add(new long[] { ((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
					((Number) row[2]).longValue() });
		}
		return rows;
	}

	@Override
	public Map<CaseStage, Long> openByStage(@Nullable Long stationId) {
		String jpql = "select c.stage, count(c) from CaseFile c where c.stage not in :closed"
				+ ((stationId != null) ? " and c.stationId = :station" : "") + " group by c.stage";
		TypedQuery<Object[]> query = this.em.createQuery(jpql, Object[].class).setParameter("closed", CLOSED);
		if (stationId != null) {
			query.setParameter("station", stationId);
		}
		Map<CaseStage, Long> result = new EnumMap<>(CaseStage.class);
		for (Object[] row : query.getResultList()) {
			result.put((CaseStage) row[0], ((Number) row[1]).longValue());
		}
		return result;
	}

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(DeadlineEngine.ZONE).toInstant();
	}

	@Override
	public void lockCaseOpening(Long stationId) {
		this.em.createNativeQuery(
				"select count(*) from (select pg_advisory_xact_lock(3101, cast(mod(:station, 2147483647) as integer))) l")
			.setParameter("station", stationId)
			.getSingleResult();
	}

	@Override
	public void lockCaseReview(Long caseId) {
		this.em.createNativeQuery(
				"select count(*) from (select pg_advisory_xact_lock(3102, cast(mod(:id, 2147483647) as integer))) l")
			.setParameter("id", caseId)
			.getSingleResult();
	}

}
