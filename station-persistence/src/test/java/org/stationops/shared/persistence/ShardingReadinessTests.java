package org.stationops.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema after Flyway keeps sharding by station possible (docs/architecture.md,
 * "Scaling out"): every table is classified once below, as distributed by
 * {@code station_id}, as a child distributed with its parent, as a reference table copied
 * to every node, or as a table that stays on the coordinator. A table added without a
 * class fails here, so whoever adds it decides.
 * <p>
 * Checked: a distributed table has {@code station_id NOT NULL}; a child has no
 * {@code station_id}, a {@code NOT NULL} foreign key to its distributed parent, and every
 * unique key of a child begins with that parent key; every unique constraint and unique
 * index of a distributed table includes {@code station_id} or is an exception below with
 * its reason; a foreign key from a distributed table or child points at a distributed
 * table, a child or a reference table; a reference table points only at reference tables;
 * nothing points at a coordinator table except another coordinator table. That a foreign
 * key between two distributed tables joins rows of the same station is not something a
 * schema can say: the services check the parent in the caller's scope and copy its
 * station (docs/architecture.md).
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ShardingReadinessTests {

	/** Operational tables with their own {@code station_id}: the distribution column. */
	static final Set<String> DISTRIBUTED = Set.of("alliances", "appointments", "areas", "buildings", "business_circles",
			"cameras", "case_clock_pauses", "case_events", "case_extensions", "case_particulars", "case_reviews",
			"case_suspects", "cases", "consultations", "crew_members", "daily_briefs", "dispute_follow_ups",
			"dispute_mediators", "dispute_parties", "disputes", "emergency_plans", "enterprise_changes",
			"enterprise_people", "enterprises", "fast_channel_tickets", "fraud_publicity_sessions", "fraud_warnings",
			"incident_notes", "incident_receipt_counters", "incidents", "liaison_visits", "mediation_contacts",
			"mediation_notifications", "mediation_sessions", "number_series", "office_hour_exceptions", "office_hours",
			"patrol_checkpoints", "patrol_plans", "patrol_shifts", "patrol_units", "patrol_video_passes",
			"practitioner_campaigns", "practitioners", "prevention_advice", "residential_compounds",
			"screening_campaigns", "screening_targets", "screenings", "service_log_entries", "service_stations",
			"training_sessions", "vessel_tasks", "vessels", "wanted_persons", "youth_groups");

	/**
	 * Rows that belong to a distributed parent and reach its station through the parent
	 * key (table to its parent key column). Citus distributes each table by a column of
	 * its own, so every one of them needs a {@code station_id} copied from the parent
	 * before it can be co-located: part of the sharding migration.
	 */
	static final Map<String, String> CHILDREN = children("appointment_slots.service_station_id",
			"crew_assignments.crew_member_id", "emergency_drills.plan_id", "emergency_plan_mobilisation.plan_id",
			"patrol_check_ins.shift_id", "patrol_findings.shift_id", "patrol_plan_cameras.plan_id",
			"patrol_plan_checkpoints.plan_id", "patrol_plan_windows.plan_id",
			"practitioner_campaign_trades.campaign_id", "practitioner_checks.campaign_id",
			"service_station_equipment.service_station_id", "vessel_joint_checks.vessel_id",
			"vessel_outreach.vessel_id", "vessel_status_changes.vessel_id", "youth_group_meetings.group_id",
			"youth_group_members.group_id", "youth_group_visits.group_id");

	/** Small, rarely written, read by every station: a copy on every node. */
	static final Set<String> REFERENCE = Set.of("stations", "officers", "incident_categories", "handling_guides",
			"handling_guide_steps", "calendar_days", "calendar_notices", "case_return_reasons", "liaison_kind_cadences",
			"mediation_categories", "police_mediation_rules", "screening_features");

	/**
	 * Tables that stay on the coordinator as plain tables: the app's own machinery, and
	 * the audit log, whose bureau-level entries have no station.
	 */
	static final Set<String> COORDINATOR = Set.of("flyway_schema_history", "spring_session",
			"spring_session_attributes", "rate_limit_buckets", "form_submissions", "sign_in_throttles",
			"liaison_import_jobs", "audit_entries");

	/**
	 * Why the primary key {@code (id)} of a distributed table may stay as it is today.
	 */
	static final String GLOBAL_ID = "ids come from the table's one identity sequence, so they are unique across "
			+ "stations; Citus needs the distribution column in every unique key, so the sharding migration turns the "
			+ "key into (station_id, id) and every foreign key into (station_id, x_id)";

	/**
	 * Unique keys of distributed tables without {@code station_id}, and why each is safe.
	 */
	static final Map<String, String> UNIQUE_EXCEPTIONS = Map.ofEntries(
			Map.entry("appointments_reference_key",
					"the public looks an appointment up by reference alone (/book/status); references are global "
							+ "today, so this lookup is bureau-wide: at sharding time the reference carries the "
							+ "station code or a reference table maps reference to station"),
			Map.entry("appointments_submission_key_key",
					"a random UUID per rendered booking form; becomes (station_id, submission_key)"),
			Map.entry("incidents_form_token_key",
					"a random UUID per rendered intake form; becomes " + "(station_id, form_token)"),
			Map.entry("service_log_entries_form_token_key",
					"a random UUID per rendered log form; becomes " + "(station_id, form_token)"),
			Map.entry("disputes_file_number_key",
					"file numbers begin with the station's code (DS-RT-2026-0001), so they are unique per station "
							+ "already; becomes (station_id, file_number)"),
			Map.entry("case_reviews_one_pending_key",
					"led by the case's id, and a case is in one station; becomes (station_id, case_id)"),
			Map.entry("office_hour_exceptions_day_key",
					"led by the service station's id, which is in one station; becomes (station_id, ...)"),
			Map.entry("patrol_shifts_open_unit_key",
					"led by the unit's id, which is in one station; becomes (station_id, unit_id)"),
			Map.entry("patrol_shifts_open_officer_key",
					"one open shift per officer: becomes one per officer and station, and the service's check "
							+ "that the officer has no open shift elsewhere carries the rest"),
			Map.entry("screening_targets_pkey",
					"led by the campaign's id, which is in one station; becomes (station_id, campaign_id, ...)"),
			Map.entry("screenings_campaign_enterprise_key",
					"led by the campaign's id, which is in one station; becomes (station_id, campaign_id, ...)"));

	@Autowired
	DataSource dataSource;

	@Test
	void everyTableIsClassifiedExactlyOnce() {
		List<String> all = new ArrayList<>(DISTRIBUTED);
		all.addAll(CHILDREN.keySet());
		all.addAll(REFERENCE);
		all.addAll(COORDINATOR);
		assertThat(all).doesNotHaveDuplicates();
		assertThat(UNIQUE_EXCEPTIONS.values()).allMatch((reason) -> !reason.isBlank());
	}

	@Test
	void theMigratedSchemaKeepsShardingByStationPossible() {
		assertThat(new Schema(new JdbcTemplate(this.dataSource)).problems()).isEmpty();
	}

	@Test
	void aNewTableWithoutAClassFails() throws SQLException {
		assertThat(problemsAfter("create table sharding_probe (id bigint primary key, station_id bigint not null)"))
			.contains("sharding_probe is not classified: add it to one list in ShardingReadinessTests");
	}

	@Test
	void aUniqueKeyWithoutTheStationOrANullableStationOnADistributedTableFails() throws SQLException {
		assertThat(problemsAfter("create unique index sharding_probe_query_code_key on incidents (query_code)",
				"alter table cameras alter column station_id drop not null"))
			.contains("incidents: unique sharding_probe_query_code_key (query_code) lacks station_id and is no "
					+ "listed exception", "cameras: station_id must be NOT NULL");
	}

	@Test
	void aChildsUniqueKeyNotLedByItsParentFails() throws SQLException {
		assertThat(problemsAfter("create unique index sharding_probe_note_key on vessel_outreach (topic)"))
			.contains("vessel_outreach: unique sharding_probe_note_key (topic) must begin with the parent key "
					+ "vessel_id");
	}

	@Test
	void aForeignKeyFromAReferenceTableToADistributedTableFails() throws SQLException {
		assertThat(problemsAfter("alter table officers add column sharding_probe_case_id bigint references cases (id)"))
			.anyMatch((p) -> p.startsWith("officers -> cases: a reference table may point only at reference tables"));
	}

	/**
	 * Runs the statements in a transaction of its own, reads the problems and rolls
	 * everything back.
	 */
	private List<String> problemsAfter(String... statements) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
				for (String statement : statements) {
					jdbc.execute(statement);
				}
				return new Schema(jdbc).problems();
			}
			finally {
				connection.rollback();
			}
		}
	}

	/**
	 * The schema as PostgreSQL's catalogue describes it, checked against the lists above.
	 */
	static final class Schema {

		private final JdbcTemplate jdbc;

		private final List<String> problems = new ArrayList<>();

		Schema(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		List<String> problems() {
			Set<String> tables = new TreeSet<>(this.jdbc
				.queryForList("select table_name from information_schema.tables where table_schema = current_schema() "
						+ "and table_type = 'BASE TABLE'", String.class));
			Set<String> classified = new HashSet<>(DISTRIBUTED);
			classified.addAll(CHILDREN.keySet());
			classified.addAll(REFERENCE);
			classified.addAll(COORDINATOR);
			for (String table : tables) {
				if (!classified.contains(table)) {
					this.problems.add(table + " is not classified: add it to one list in ShardingReadinessTests");
				}
			}
			for (String table : classified) {
				if (!tables.contains(table) && !table.equals("flyway_schema_history")) {
					this.problems.add(table + " is classified but no longer exists: take it off its list");
				}
			}
			Map<String, Boolean> stationColumns = stationColumns();
			for (String table : DISTRIBUTED) {
				if (!Boolean.FALSE.equals(stationColumns.getOrDefault(table, true))) {
					this.problems.add(table + ": station_id must be NOT NULL");
				}
			}
			for (String table : CHILDREN.keySet()) {
				if (stationColumns.containsKey(table)) {
					this.problems.add(table + " has station_id: list it as distributed, not as a child");
				}
			}
			checkUniqueKeys();
			checkForeignKeys();
			return this.problems;
		}

		private Map<String, Boolean> stationColumns() {
			Map<String, Boolean> nullable = new LinkedHashMap<>();
			this.jdbc.query("select table_name, is_nullable = 'YES' from information_schema.columns "
					+ "where table_schema = current_schema() and column_name = 'station_id'", (row) -> {
						nullable.put(row.getString(1), row.getBoolean(2));
					});
			return nullable;
		}

		private void checkUniqueKeys() {
			this.jdbc.query(
					"""
							select t.relname, i.relname, x.indisprimary,
							       array_to_string(array(select a.attname from unnest(x.indkey) with ordinality k(attnum, n)
							                              join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
							                             order by k.n), ','),
							       x.indexprs is not null,
							       (select a.attidentity <> '' or coalesce(pg_get_expr(d.adbin, d.adrelid), '') like 'nextval(%'
							          from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
							         where a.attrelid = t.oid and a.attname = 'id')
							  from pg_index x
							  join pg_class t on t.oid = x.indrelid
							  join pg_class i on i.oid = x.indexrelid
							 where x.indisunique and t.relnamespace = current_schema()::regnamespace
							""",
					(row) -> {
						String table = row.getString(1);
						String index = row.getString(2);
						boolean primary = row.getBoolean(3);
						List<String> columns = Arrays.asList(row.getString(4).split(","));
						boolean expression = row.getBoolean(5);
						boolean generatedId = row.getBoolean(6);
						if (DISTRIBUTED.contains(table)) {
							if (columns.contains("station_id") || UNIQUE_EXCEPTIONS.containsKey(index)) {
								return;
							}
							if (primary && columns.equals(List.of("id")) && generatedId) {
								return; // GLOBAL_ID
							}
							this.problems.add(table + ": unique " + index + " (" + String.join(", ", columns)
									+ ") lacks station_id and is no listed exception");
						}
						else if (CHILDREN.containsKey(table)) {
							if (expression || columns.isEmpty() || !columns.get(0).equals(CHILDREN.get(table))) {
								this.problems.add(table + ": unique " + index + " (" + String.join(", ", columns)
										+ ") must begin with the parent key " + CHILDREN.get(table));
							}
						}
					});
		}

		private void checkForeignKeys() {
			Map<String, String> childParents = new LinkedHashMap<>();
			this.jdbc.query(
					"""
							select c.conrelid::regclass::text, c.confrelid::regclass::text, c.conname,
							       array_to_string(array(select a.attname from unnest(c.conkey) k(attnum)
							                              join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum), ','),
							       (select bool_and(a.attnotnull) from unnest(c.conkey) k(attnum)
							          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum)
							  from pg_constraint c
							 where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
							""",
					(row) -> {
						String from = row.getString(1);
						String to = row.getString(2);
						String columns = row.getString(4);
						boolean notNull = row.getBoolean(5);
						String edge = from + " -> " + to + ": ";
						boolean fromSharded = DISTRIBUTED.contains(from) || CHILDREN.containsKey(from);
						boolean toSharded = DISTRIBUTED.contains(to) || CHILDREN.containsKey(to);
						if (fromSharded && !toSharded && !REFERENCE.contains(to)) {
							this.problems
								.add(edge + "a distributed table may point only at distributed or reference tables");
						}
						if (REFERENCE.contains(from) && !REFERENCE.contains(to)) {
							this.problems.add(edge + "a reference table may point only at reference tables");
						}
						if (COORDINATOR.contains(to) && !COORDINATOR.contains(from)) {
							this.problems.add(edge + "only coordinator tables may point at a coordinator table");
						}
						if (COORDINATOR.contains(from) && toSharded) {
							this.problems.add(edge + "a coordinator table may not point at a distributed table");
						}
						if (CHILDREN.containsKey(from) && columns.equals(CHILDREN.get(from))) {
							childParents.put(from, to);
							if (!notNull) {
								this.problems.add(edge + "the parent key " + columns + " must be NOT NULL");
							}
						}
					});
			CHILDREN.forEach((child, column) -> {
				String parent = childParents.get(child);
				if (parent == null) {
					this.problems.add(child + ": no foreign key on its parent key " + column);
				}
				else if (!DISTRIBUTED.contains(parent)) {
					this.problems.add(child + ": its parent " + parent + " is not distributed by station_id");
				}
			});
		}

	}

	private static Map<String, String> children(String... tableDotColumn) {
		Map<String, String> children = new LinkedHashMap<>();
		for (String entry : tableDotColumn) {
			String[] parts = entry.split("\\.");
			children.put(parts[0], parts[1]);
		}
		return Map.copyOf(children);
	}

}
