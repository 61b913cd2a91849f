package org.stationops.servicestations.persistence;

import java.time.LocalTime;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationops.servicestations.GeoPoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district's worth of data (2,000 compounds, 300 stations): the coverage queries go
 * through the GiST indexes on {@code ll_to_earth(latitude, longitude)} and answer for
 * every compound and station. How fast they answer is a benchmark's question
 * (docs/performance.md), not a unit test's.
 */
@DataJpaTest
@Import(SqlCoverageQueries.class)
class SqlCoverageQueriesTests {

	@Autowired
	SqlCoverageQueries queries;

	@Autowired
	EntityManager entityManager;

	Long stationId;

	@BeforeEach
	void createDistrict() {
		this.entityManager.createNativeQuery("""
				insert into stations (code, name, bureau, address, area_km2, residential_compounds, actual_population,
				                      registered_population, floating_population, schools, urban_villages,
				                      officer_headcount)
				values ('T-PERF', '性能测试派出所', '测试分局', '', 10, 2000, 1, 1, 0, 0, 0, 1)""").executeUpdate();
		this.stationId = ((Number) this.entityManager.createNativeQuery("select id from stations where code = 'T-PERF'")
			.getSingleResult()).longValue();
		this.entityManager
			.createNativeQuery(
					"""
							insert into service_stations (station_id, name, kind, latitude, longitude, round_the_clock, guard_capacity,
							                              opened_on)
							select :station, 'S' || g, 'STREET_WORKSTATION', 31 + random() * 0.1, 121 + random() * 0.12, true, 1,
							       date '2026-01-01'
							  from generate_series(1, 300) g""")
			.setParameter("station", this.stationId)
			.executeUpdate();
		this.entityManager.createNativeQuery("""
				insert into residential_compounds (station_id, name, latitude, longitude, households, residents)
				select :station, 'C' || g, 31 + random() * 0.1, 121 + random() * 0.12, 300, 900
				  from generate_series(1, 2000) g""").setParameter("station", this.stationId).executeUpdate();
		this.entityManager.createNativeQuery("analyze service_stations").executeUpdate();
		this.entityManager.createNativeQuery("analyze residential_compounds").executeUpdate();
	}

	@Test
	void findsCompoundsInsideCirclesThroughTheGistIndex() {
		String plan = plan("explain " + SqlCoverageQueries.stationsSql(true));
		assertThat(plan).contains("residential_compounds_position_idx");
	}

	@Test
	void answersForEveryCompoundAndStationOfTheDistrict() {
		assertThat(this.queries.compounds(this.stationId, LocalTime.NOON, 640, new GeoPoint(31.05, 121.06)))
			.hasSize(2000);
		assertThat(this.queries.stations(this.stationId, LocalTime.NOON, 640)).hasSize(300);
	}

	private String plan(String sql) {
		@SuppressWarnings("unchecked")
		List<Object> rows = this.entityManager.createNativeQuery(sql)
			.setParameter("at", "12:00")
			.setParameter("r", 640.0)
			.setParameter("station", this.stationId)
			.getResultList();
		return String.join("\n", rows.stream().map(String::valueOf).toList());
	}

}
