#!/usr/bin/env bash
# District generator (issue 10, "Volume"): fills the database of an installed StationOps with a district of
# stations × years (default 15 × 5: about 2.6 million incidents, 300,000 cases, 70,000 enterprises with a million
# liaison visits, disputes, patrol and appointments), with a progress bar. See docs/performance.md, "District volume".
#
#   ./mvnw -B -pl station-web -am package -DskipTests      # builds station-web/target/station-web-*.jar
#   scripts/generate-district.sh [--stations 15] [--years 5] [--jar JAR] DATA_DIR
#
# DATA_DIR is the app's embedded PostgreSQL data directory (--stationops.embedded-database.data-directory).
# - If a PostgreSQL is already running on it (an app started on DATA_DIR), the district goes into that database;
#   its port is read from DATA_DIR/postmaster.pid (line 4).
# - Otherwise the script starts the packaged app on DATA_DIR in demo mode (a new directory gets the schema and the
#   demo stations, accounts and data), generates, and stops the app again. The data stays in DATA_DIR:
#   java -jar JAR --stationops.demo=true --stationops.embedded-database.data-directory=DATA_DIR
# The generator is benchmark/district-volume.sql (station-web test resources), run by DistrictVolume.java
# (station-web test tree: JDK + the PostgreSQL driver taken from the jar, no psql needed) on one connection,
# station by station; DistrictVolumeBenchmark runs the same two files. Run it from the repository's root.
# A database holds one generated district: generating twice into the same DATA_DIR is refused.
set -euo pipefail

STATIONS=15
YEARS=5
JAR=""
while [[ $# -gt 0 ]]; do
	case "$1" in
		--stations) STATIONS="$2"; shift 2 ;;
		--years) YEARS="$2"; shift 2 ;;
		--jar) JAR="$2"; shift 2 ;;
		-h|--help) sed -n '2,20p' "$0"; exit 0 ;;
		-*) echo "unknown option $1" >&2; exit 2 ;;
		*) break ;;
	esac
done
[[ $# -eq 1 ]] || { echo "usage: $0 [--stations 15] [--years 5] [--jar JAR] DATA_DIR" >&2; exit 2; }
DATA_DIR="$(mkdir -p "$1" && cd "$1" && pwd)"
JAR="${JAR:-$(ls station-web/target/station-web-*.jar | grep -v plain | head -1)}"
SQL=station-web/src/test/resources/benchmark/district-volume.sql
RUNNER=station-web/src/test/java/org/stationops/system/DistrictVolume.java
[[ -f "$SQL" && -f "$RUNNER" ]] || { echo "run from the repository's root (needs $SQL and $RUNNER)" >&2; exit 2; }
[[ -f "$JAR" ]] || { echo "no jar: ./mvnw -B -pl station-web -am package -DskipTests" >&2; exit 2; }
JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"

WORK="$(mktemp -d)"
APP=""
cleanup() {
	if [[ -n "$APP" ]]; then
		kill "$APP" 2>/dev/null || true
		wait "$APP" 2>/dev/null || true
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

running_port() { # the port of a live postmaster on DATA_DIR, or nothing
	local pid
	[[ -f "$DATA_DIR/postmaster.pid" ]] || return 0
	pid="$(sed -n 1p "$DATA_DIR/postmaster.pid")"
	kill -0 "$pid" 2>/dev/null && sed -n 4p "$DATA_DIR/postmaster.pid"
	return 0
}

PORT="$(running_port)"
if [[ -z "$PORT" ]]; then
	echo "Starting the app on $DATA_DIR (log: $WORK/app.log)"
	java -jar "$JAR" --server.port=0 --stationops.demo=true \
		--stationops.embedded-database.data-directory="$DATA_DIR" >"$WORK/app.log" 2>&1 &
	APP=$!
	# the demo data (the schema, stations and accounts the district builds on) is in once this line is logged
	for _ in $(seq 1 900); do
		grep -q "Demo mode: sign in" "$WORK/app.log" && break
		kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
		sleep 1
	done
	grep -q "Demo mode: sign in" "$WORK/app.log" || { echo "the app did not start in 15 minutes" >&2; exit 1; }
	PORT="$(running_port)"
fi
[[ -n "$PORT" ]] || { echo "no PostgreSQL running on $DATA_DIR" >&2; exit 1; }
echo "PostgreSQL on port $PORT"

# the PostgreSQL driver the app ships with
DRIVER="$(jar tf "$JAR" | grep '^BOOT-INF/lib/postgresql-[0-9].*\.jar$' | head -1)"
(cd "$WORK" && jar xf "$JAR" "$DRIVER")
java -cp "$WORK/$DRIVER" "$RUNNER" --url "jdbc:postgresql://localhost:$PORT/postgres" --user postgres \
	--stations "$STATIONS" --years "$YEARS" --script "$SQL"

if [[ -n "$APP" ]]; then
	echo "Stopping the app; the district stays in $DATA_DIR"
fi
