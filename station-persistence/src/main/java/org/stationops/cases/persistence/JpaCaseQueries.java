package org.stationops.cases.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.jspecify.annotations.Nullable;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseFilter;
import org.stationops.cases.CaseQueries;
import org.stationops.cases.CaseReview;
import org.stationops.cases.CaseStage;
import org.stationops.cases.DeadlineEngine;
import org.stationops.cases.ReviewStatus;
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
