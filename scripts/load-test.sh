#!/usr/bin/env bash
# Load benchmark (issue 10, "Load benchmark"): an open workload against the packaged app, with Gatling (Java DSL,
# load-tests/, outside the Maven reactor: ./mvnw verify does not build or run it). See docs/performance.md,
# "Load benchmark (open workload)".
#
#   ./mvnw -B -pl station-web -am package -DskipTests            # builds station-web/target/station-web-*.jar
#   scripts/generate-district.sh --stations 15 --years 5 /data/district   # optional: the district's data
#   scripts/load-test.sh [DATA_DIR] [RATE] [DURATION_SECONDS]      # defaults: fresh demo data, 50/s, 300 s
#
# Starts the jar in demo mode on DATA_DIR (a fresh temporary directory with the demo data when none is given;
# a generated district keeps the demo accounts ml.officer, ml.liaison, ml.supervisor), runs
# load-tests' DistrictWorkloadSimulation at RATE requests per second for DURATION seconds, stops the app.
# Exits non-zero when an assertion fails (any failed request; p95 over 100 ms for lists, records and intake,
# over 200 ms for the dashboard and the monthly analysis). To find the highest rate that still meets them,
# run again with higher or lower RATE. The first run needs Maven Central to fetch Gatling (later ones: none).
# Environment: LOAD_PORT (18090), LOAD_JAR, LOAD_SESSIONS (sessions per account; default: 2, 0.8 and 0.4 × RATE
# for the officer, liaison and supervisor, at least 4), LOAD_WARMUP (10 requests per page),
# LOAD_APP_OPTS (JVM options of the app, e.g. -Xmx2g).
# Writes Gatling's HTML report under load-tests/target/gatling/ and the app's log next to it.
set -euo pipefail

DATA_DIR="${1:-}"
RATE="${2:-50}"
DURATION="${3:-300}"
PORT="${LOAD_PORT:-18090}"
JAR="${LOAD_JAR:-$(ls station-web/target/station-web-*.jar | grep -v plain | head -1)}"
BASE="http://localhost:$PORT"
[[ -f load-tests/pom.xml ]] || { echo "run from the repository's root" >&2; exit 2; }
[[ -f "$JAR" ]] || { echo "no jar: ./mvnw -B -pl station-web -am package -DskipTests" >&2; exit 2; }

WORK="$(mktemp -d)"
if [[ -z "$DATA_DIR" ]]; then
	DATA_DIR="$WORK/postgres"
fi
mkdir -p load-tests/target
APP_LOG="load-tests/target/app-$(date +%Y%m%d-%H%M%S).log"
# shellcheck disable=SC2086
java ${LOAD_APP_OPTS:-} -jar "$JAR" --server.port="$PORT" --stationops.demo=true \
	--stationops.embedded-database.data-directory="$DATA_DIR" >"$APP_LOG" 2>&1 &
APP=$!
cleanup() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

for _ in $(seq 1 900); do
	grep -q "Demo mode: sign in" "$APP_LOG" && break
	kill -0 "$APP" 2>/dev/null || { cat "$APP_LOG" >&2; exit 1; }
	sleep 1
done
grep -q "Demo mode: sign in" "$APP_LOG" || { echo "the app did not start in 15 minutes" >&2; exit 1; }
echo "App on $BASE with $DATA_DIR ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"

status=0
./mvnw -B -f load-tests/pom.xml gatling:test -Dload.baseUrl="$BASE" -Dload.rate="$RATE" \
	-Dload.duration="$DURATION" -Dload.sessions="${LOAD_SESSIONS:-0}" -Dload.warmup="${LOAD_WARMUP:-10}" || status=$?
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); app log: $APP_LOG"
exit "$status"
