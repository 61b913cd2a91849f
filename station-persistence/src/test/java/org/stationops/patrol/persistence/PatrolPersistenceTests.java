package org.stationops.patrol.persistence;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationops.patrol.PatrolPlan;
import org.stationops.patrol.PatrolShift;
import org.stationops.patrol.UnitDistances.UnitDistance;
import org.stationops.servicestations.GeoPoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Patrol's mappings and queries against the real database: nearest units on known
 * positions, plans with their ordered parts, shifts with their check-ins, one open shift
 * per unit.
 */
@DataJpaTest
@Import(SqlUnitDistances.class)
class PatrolPersistenceTests {

	// 0.009° of latitude is about 1 km
	static final double LAT = 28.6;

	static final double LON = 115.9;

	@Autowired
	SqlUnitDistances distances;

	@Autowired
	JpaPatrolPlanRepository plans;

	@Autowired
	JpaPatrolShiftRepository shifts;

	@Autowired
	EntityManager entityManager;

	Long station;

	Long otherStation;

	@BeforeEach
	void createStations() {
		this.station = station("T-PAT1");
		this.otherStation = station("T-PAT2");
	}

	@Test
	void proposesAvailableDispatchableUnitsOfTheStationNearestFirst() {
		Long far = unit(this.station, "远车", "PATROL_CAR_110", "AVAILABLE", LAT + 0.027);
		Long near = unit(this.station, "近车", "E_POLICE_CAR", "AVAILABLE", LAT + 0.009);
		Long middle = unit(this.station, "中组", "FOOT_PATROL", "AVAILABLE", LAT - 0.018);
		unit(this.station, "收队车", "PATROL_CAR_110", "OFF_DUTY", LAT + 0.001);
		unit(this.station, "护卫岗", "GUARD_POST", "AVAILABLE", LAT);
		unit(this.otherStation, "邻所车", "PATROL_CAR_110", "AVAILABLE", LAT);
		this.entityManager
			.createNativeQuery("insert into patrol_units (station_id, name, kind, member_count, status,"
					+ " status_since) values (:s, '无定位', 'PTU_TEAM', 3, 'AVAILABLE', now())")
			.setParameter("s", this.station)
			.executeUpdate();

		List<UnitDistance> found = this.distances.nearestAvailable(this.station, new GeoPoint(LAT, LON), 5);

		assertThat(found).extracting(UnitDistance::unitId).containsExactly(near, middle, far);
		assertThat(found.get(0).metres()).isBetween(995.0, 1010.0);
		assertThat(found.get(2).metres()).isBetween(2990.0, 3020.0);
		assertThat(this.distances.nearestAvailable(this.station, new GeoPoint(LAT, LON), 1)).hasSize(1);
	}

	@Test
	void readsAPlanWithItsWindowsAndCheckpointsInOrder() {
		Long unit = unit(this.station, "车", "PATROL_CAR_110", "AVAILABLE", LAT);
		Long a = checkpoint("甲");
		Long b = checkpoint("乙");
		Long c = checkpoint("丙");
		Long plan = plan(unit, "定线", c, a, b);
		this.entityManager.clear();

		PatrolPlan read = this.plans.findWithPartsById(plan).orElseThrow();
		assertThat(read.getCheckpointIds()).containsExactly(c, a, b);
		assertThat(read.getWindows()).hasSize(2);
		assertThat(this.plans.findAllWithParts(this.station)).extracting(PatrolPlan::getName).containsExactly("定线");
		assertThat(this.plans.findAllWithParts(this.otherStation)).isEmpty();
	}

	@Test
	void readsShiftsOfThePeriodWithTheirCheckInsAndAllowsOneOpenShiftPerUnit() {
		Long unit = unit(this.station, "车", "PATROL_CAR_110", "AVAILABLE", LAT);
		Long a = checkpoint("甲");
		Long plan = plan(unit, "定线", a);
		Long shift = shift(plan, unit, "2026-11-02T11:00:00Z", "2026-11-02T12:00:00Z");
		this.entityManager
			.createNativeQuery("insert into patrol_check_ins (shift_id, ordinal, checkpoint_id, at, far)"
					+ " values (:s, 0, :c, timestamptz '2026-11-02T11:10:00Z', false),"
					+ " (:s, 1, :c, timestamptz '2026-11-02T11:40:00Z', false)")
			.setParameter("s", shift)
			.setParameter("c", a)
			.executeUpdate();
		shift(plan, unit, "2026-11-03T11:00:00Z", null);
		this.entityManager.clear();

		List<PatrolShift> found = this.shifts.findWithCheckInsByPlans(List.of(plan),
				Instant.parse("2026-11-02T00:00:00Z"), Instant.parse("2026-11-03T00:00:00Z"));
		assertThat(found).hasSize(1);
		assertThat(found.get(0).getCheckIns()).hasSize(2);
		assertThat(this.shifts.existsByUnitIdAndEndedAtIsNull(unit)).isTrue();
		assertThatThrownBy(() -> shift(plan, unit, "2026-11-03T12:00:00Z", null))
			.isInstanceOf(jakarta.persistence.PersistenceException.class)
			.hasMessageContaining("patrol_shifts_open_unit_key");
	}

	private Long station(String code) {
		this.entityManager.createNativeQuery("""
				insert into stations (code, name, bureau, address, area_km2, residential_compounds, actual_population,
				                      registered_population, floating_population, schools, urban_villages,
				                      officer_headcount)
				values (:code, :code, '测试分局', '', 10, 1, 1, 1, 0, 0, 0, 1)""")
			.setParameter("code", code)
			.executeUpdate();
		return id("select id from stations where code = '" + code + "'");
	}

	private Long unit(Long stationId, String name, String kind, String status, double latitude) {
		this.entityManager.createNativeQuery("""
				insert into patrol_units (station_id, name, kind, member_count, status, status_since, latitude,
				                          longitude, position_at, incident_id)
				values (:s, :n, :k, 2, :st, now(), :lat, :lon, now(), null)""")
			.setParameter("s", stationId)
			.setParameter("n", name)
			.setParameter("k", kind)
			.setParameter("st", status)
			.setParameter("lat", latitude)
			.setParameter("lon", LON)
			.executeUpdate();
		return id("select max(id) from patrol_units");
	}

	private Long checkpoint(String name) {
		this.entityManager
			.createNativeQuery("insert into patrol_checkpoints (station_id, name, latitude, longitude)"
					+ " values (:s, :n, :lat, :lon)")
			.setParameter("s", this.station)
			.setParameter("n", name)
			.setParameter("lat", LAT)
			.setParameter("lon", LON)
			.executeUpdate();
		return id("select max(id) from patrol_checkpoints");
	}

	private Long plan(Long unit, String name, Long... checkpoints) {
		this.entityManager
			.createNativeQuery("insert into patrol_plans (station_id, name, kind, unit_id, days)"
					+ " values (:s, :n, 'ROUTE', :u, 127)")
			.setParameter("s", this.station)
			.setParameter("n", name)
			.setParameter("u", unit)
			.executeUpdate();
		Long plan = id("select max(id) from patrol_plans");
		this.entityManager
			.createNativeQuery("insert into patrol_plan_windows values (:p, 0, '08:00', '10:00', 1),"
					+ " (:p, 1, '19:00', '21:00', 2)")
			.setParameter("p", plan)
			.executeUpdate();
		for (int i = 0; i < checkpoints.length; i++) {
			this.entityManager.createNativeQuery("insert into patrol_plan_checkpoints values (:p, :o, :c)")
				.setParameter("p", plan)
				.setParameter("o", i)
				.setParameter("c", checkpoints[i])
				.executeUpdate();
		}
		return plan;
	}

	private Long shift(Long plan, Long unit, String startedAt, String endedAt) {
		this.entityManager.createNativeQuery("""
				insert into patrol_shifts (station_id, plan_id, unit_id, started_by, started_at, ended_at)
				values (:s, :p, :u, :by, cast(:start as timestamptz), cast(:end as timestamptz))""")
			.setParameter("s", this.station)
			.setParameter("p", plan)
			.setParameter("u", unit)
			.setParameter("by", "officer-" + startedAt)
			.setParameter("start", startedAt)
			.setParameter("end", endedAt)
			.executeUpdate();
		return id("select max(id) from patrol_shifts");
	}

	private Long id(String sql) {
		return ((Number) this.entityManager.createNativeQuery(sql).getSingleResult()).longValue();
	}

}
