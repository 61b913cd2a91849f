package org.stationops.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A station with one foot-patrol plan, written with plain SQL inside the caller's test
 * transaction (rolled back with it): two checkpoints, two windows (08:00–10:00 and
 * 14:00–16:00, one pass each per checkpoint), every day of the week from
 * {@code validFrom}.
 */
public final class PatrolFixture {

	private PatrolFixture() {
	}

	/** Ids of what was written. */
	public record Station(long stationId, String name, long unitId, long planId, long firstCheckpoint,
			long secondCheckpoint) {

		/** A shift started by {@code username} with one pass at the first checkpoint. */
		public void passAt(JdbcTemplate jdbc, String username, Instant at) {
			Long shift = jdbc.queryForObject(
					"""
							insert into patrol_shifts (station_id, plan_id, unit_id, started_by, started_at, ended_at, participants)
							values (?, ?, ?, ?, ?, ?, '测试民警') returning id""",
					Long.class, this.stationId, this.planId, this.unitId, username,
					Timestamp.from(at.minusSeconds(600)), Timestamp.from(at.plusSeconds(600)));
			jdbc.update(
					"""
							insert into patrol_check_ins (shift_id, ordinal, checkpoint_id, at, latitude, longitude, distance_metres, far)
							values (?, 0, ?, ?, 31.1, 121.4, 5, false)""",
					shift, this.firstCheckpoint, Timestamp.from(at));
		}

	}

	public static Station stationWithPlan(JdbcTemplate jdbc, String code, LocalDate validFrom) {
		String name = "测试" + code + "派出所";
		Long station = jdbc.queryForObject("""
				insert into stations (code, name, bureau, address) values (?, ?, '示范区公安分局', '测试路1号')
				returning id""", Long.class, code, name);
		Long unit = jdbc.queryForObject("""
				insert into patrol_units (station_id, name, kind, member_count, status, status_since)
				values (?, '测试巡逻组', 'FOOT_PATROL', 2, 'AVAILABLE', now()) returning id""", Long.class, station);
		Long first = checkpoint(jdbc, station, 1);
		Long second = checkpoint(jdbc, station, 2);
		Long plan = jdbc.queryForObject("""
				insert into patrol_plans (station_id, name, kind, unit_id, days, valid_from)
				values (?, '测试巡逻线', 'ROUTE', ?, 127, ?) returning id""", Long.class, station, unit, validFrom);
		jdbc.update("""
				insert into patrol_plan_windows (plan_id, ordinal, starts_at, ends_at, expected_passes)
				values (?, 0, time '08:00', time '10:00', 1), (?, 1, time '14:00', time '16:00', 1)""", plan, plan);
		jdbc.update("""
				insert into patrol_plan_checkpoints (plan_id, ordinal, checkpoint_id) values (?, 0, ?), (?, 1, ?)""",
				plan, first, plan, second);
		return new Station(station, name, unit, plan, first, second);
	}

	private static Long checkpoint(JdbcTemplate jdbc, Long station, int n) {
		return jdbc.queryForObject("""
				insert into patrol_checkpoints (station_id, name, place, latitude, longitude)
				values (?, ?, '测试路', 31.1, ?) returning id""", Long.class, station, "测试必到点" + n, 121.4 + n * 0.01);
	}

}
