package org.stationops.incidents.persistence;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.jspecify.annotations.Nullable;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentFilter;
import org.stationops.incidents.IncidentQueries;
import org.stationops.incidents.IncidentStatus;
import org.stationops.shared.CountedPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/**
 * The incident list in SQL. Every filter is a condition on an indexed column; the text
 * term must contain all of its bigrams
 * ({@code search_tokens @> incident_query_tokens(..)}, GIN index) and is then rechecked
 * with {@code strpos} on the text itself. Offset paging over
 * {@code (station_id, received_at desc, id desc)}.
 */
@Repository
class SqlIncidentQueries implements IncidentQueries {

	/** Up to this many matching rows the list's count is exact; past it "10,000+". */
	static final long COUNT_BOUND = 10_000;

	private final EntityManager entityManager;

	private final long countBound;

	@org.springframework.beans.factory.annotation.Autowired
	SqlIncidentQueries(EntityManager entityManager) {
		this(entityManager, COUNT_BOUND);
	}

	SqlIncidentQueries(EntityManager entityManager, long countBound) {
		this.entityManager = entityManager;
		this.countBound = countBound;
	}

	@Override
	public Page<Incident> search(IncidentFilter filter, Pageable pageable) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.stationId() != null) {
			where.append(" and station_id = :station");
			params.put("station", filter.stationId());
		}
		if (filter.from() != null) {
			where.append(" and received_at >= :from");
			params.put("from", Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" and received_at < :to");
			params.put("to", Timestamp.from(filter.to()));
		}
		if (filter.categoryCode() != null) {
			where.append(" and (category_code = :category or category_code like :categoryPrefix)");
			params.put("category", filter.categoryCode());
			params.put("categoryPrefix", filter.categoryCode().replace("%", "").replace("_", "\\_") + ".%");
		}
		if (filter.status() != null) {
			where.append(" and status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.areaId() != null) {
			where.append(" and area_id = :area");
			params.put("area", filter.areaId());
		}
		if (filter.officerId() != null) {
			where.append(" and assigned_officer_id = :officer");
			params.put("officer", filter.officerId());
		}
		if (filter.text() != null) {
			where.append(" and search_tokens @> incident_query_tokens(:term)"
					+ " and strpos(lower(description || ' ' || location), lower(:term)) > 0");
			params.put("term", filter.text());
		}
		// bounded: a station's whole history is 100,000s of rows; counting them all costs
		// more than the page itself
		Query count = this.entityManager
			.createNativeQuery("select count(*) from (select 1 from incidents" + where + " limit :countLimit) t")
			.setParameter("countLimit", CountedPage.countLimit(pageable, this.countBound));
		Query select = this.entityManager.createNativeQuery(
				"select * from incidents" + where + " order by received_at desc, id desc", Incident.class);
		params.forEach((name, value) -> {
			count.setParameter(name, value);
			select.setParameter(name, value);
		});
		long total = ((Number) count.getSingleResult()).longValue();
		if (pageable.getOffset() >= total) {
			// past the last page (or a page number too large for an offset): nothing to
			// read
			return new CountedPage<>(new ArrayList<>(), pageable, total, this.countBound);
		}
		select.setFirstResult((int) pageable.getOffset());
		select.setMaxResults(pageable.getPageSize());
		@SuppressWarnings("unchecked")
		List<Incident> content = new ArrayList<>(select.getResultList());
		return new CountedPage<>(content, pageable, total, this.countBound);
	}

	@Override
	public long[] receivedSince(@Nullable Long stationId, Instant from) {
		Query query = this.entityManager.createNativeQuery("select count(*), count(*) filter (where c.preventable),"
				+ " count(i.arrived_at - i.dispatched_at),"
				+ " coalesce(sum(cast(extract(epoch from (i.arrived_at - i.dispatched_at)) * 1000000 as bigint)), 0)"
				+ " from incidents i left join incident_categories c on c.code = i.category_code"
				+ " where i.received_at >= :from" + ((stationId != null) ? " and i.station_id = :station" : ""))
			.setParameter("from", Timestamp.from(from));
		if (stationId != null) {
			query.setParameter("station", stationId);
		}
		return longs((Object[]) query.getSingleResult());
	}

	@Override
	public long[] openByAge(@Nullable Long stationId, Instant now) {
		Query query = this.entityManager
			.createNativeQuery("select count(*) filter (where received_at > :h1),"
					+ " count(*) filter (where received_at <= :h1 and received_at > :h4),"
					+ " count(*) filter (where received_at <= :h4 and received_at > :h24),"
					+ " count(*) filter (where received_at <= :h24) from incidents where status in (:open)"
					+ ((stationId != null) ? " and station_id = :station" : ""))
			.setParameter("h1", Timestamp.from(now.minus(Duration.ofHours(1))))
			.setParameter("h4", Timestamp.from(now.minus(Duration.ofHours(4))))
			.setParameter("h24", Timestamp.from(now.minus(Duration.ofHours(24))))
			.setParameter("open", IncidentStatus.ON_BOARD.stream().map(Enum::name).toList());
		if (stationId != null) {
			query.setParameter("station", stationId);
		}
		return longs((Object[]) query.getSingleResult());
	}

	private static long[] longs(Object[] row) {
		long[] values = new long[row.length];
		for (int i = 0; i < row.length; i++) {
			values[i] = ((Number) row[i]).longValue();
		}
		return values;
	}

	@Override
	public int nextReceiptSequence(Long stationId, LocalDate day) {
		Object value = this.entityManager
			.createNativeQuery("insert into incident_receipt_counters (station_id, day, last_value) values (:s, :d, 1)"
					+ " on conflict (station_id, day) do update set last_value = incident_receipt_counters.last_value + 1"
					+ " returning last_value")
			.setParameter("s", stationId)
			.setParameter("d", day)
			.getSingleResult();
		return ((Number) value).intValue();
	}

}
