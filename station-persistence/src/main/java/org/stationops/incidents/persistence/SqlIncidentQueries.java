package org.stationops.incidents.persistence;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentFilter;
import org.stationops.incidents.IncidentQueries;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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

	private final EntityManager entityManager;

	SqlIncidentQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
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
		Query count = this.entityManager.createNativeQuery("select count(*) from incidents" + where);
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
			return new PageImpl<>(new ArrayList<>(), pageable, total);
		}
		select.setFirstResult((int) pageable.getOffset());
		select.setMaxResults(pageable.getPageSize());
		@SuppressWarnings("unchecked")
		List<Incident> content = new ArrayList<>(select.getResultList());
		return new PageImpl<>(content, pageable, total);
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
