#!/usr/bin/env bash
# Page throughput benchmark (issue 10): the packaged app with the demo data, wrk with 4 connections,
# three interleaved 10-second rounds over the sign-in page and the main list and detail pages.
#
#   ./mvnw -B -pl station-web -am package -DskipTests      # builds station-web/target/station-web-*.jar
#   scripts/bench-pages.sh [jar] [label]                     # needs wrk (Debian: apt-get install wrk)
#
# Environment: BENCH_PORT (18080), BENCH_USER (ml.officer), BENCH_DURATION (10s), BENCH_ROUNDS (3),
# BENCH_CONNECTIONS (4), BENCH_WARMUP (20s per page, twice: the JIT compiler needs about a minute of
# traffic before the figures settle), BENCH_DATA_DIR (an existing data directory, e.g. a generated district, instead
# of fresh demo data; kept afterwards), BENCH_PAGES (the pages to measure, space-separated, instead of the default
# list; e.g. BENCH_USER=bureau BENCH_PAGES="/screen/compare /reports?period=MONTH"), BENCH_JFR (a file name: record a Java Flight Recorder profile of the whole run).
# Prints one line per page and round, then the range per page, as a Markdown table.
set -euo pipefail

JAR="${1:-$(ls station-web/target/station-web-*.jar | grep -v plain | head -1)}"
LABEL="${2:-$(basename "$JAR")}"
PORT="${BENCH_PORT:-18080}"
USER_NAME="${BENCH_USER:-ml.officer}"
DURATION="${BENCH_DURATION:-10s}"
ROUNDS="${BENCH_ROUNDS:-3}"
CONNECTIONS="${BENCH_CONNECTIONS:-4}"
WARMUP="${BENCH_WARMUP:-20s}"
BASE="http://localhost:$PORT"

command -v wrk >/dev/null || { echo "wrk not found (Debian: apt-get install wrk)" >&2; exit 1; }
WORK="$(mktemp -d)"
JAVA_OPTS=()
if [[ -n "${BENCH_JFR:-}" ]]; then
	JAVA_OPTS+=("-XX:StartFlightRecording=filename=${BENCH_JFR},settings=profile,dumponexit=true")
fi

DATA_DIR="${BENCH_DATA_DIR:-$WORK/postgres}"
java "${JAVA_OPTS[@]}" -jar "$JAR" --server.port="$PORT" --stationops.demo=true \
	--stationops.embedded-database.data-directory="$DATA_DIR" >"$WORK/app.log" 2>&1 &
APP=$!
cleanup() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

# The app answers before the demo data is in; wait for the log line that says it is.
for _ in $(seq 1 600); do
	grep -q "Demo mode: sign in" "$WORK/app.log" && break
	kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
	sleep 1
done

# Sign in: the CSRF token from the sign-in page, then the session cookie.
JAR_COOKIES="$WORK/cookies"
TOKEN="$(curl -fs -c "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')"
curl -fs -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null --data-urlencode "username=$USER_NAME" \
	--data-urlencode "password=demo-password" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
# Sessions live in PostgreSQL (Spring Session JDBC): the cookie is SESSION.
SESSION="$(awk '$6 == "SESSION" { print $7 }' "$JAR_COOKIES")"
COOKIE="Cookie: SESSION=$SESSION"
[[ -n "$SESSION" ]] || { echo "could not sign in as $USER_NAME" >&2; exit 1; }
if [[ -n "${BENCH_PAGES:-}" ]]; then
	read -r -a PAGES <<<"$BENCH_PAGES"
else
	first() { curl -fs -H "$COOKIE" "$BASE$1" | grep -o "href=\"$1/[0-9]*\"" | head -1 | grep -o '[0-9]*'; }
	INCIDENT="$(first /incidents)"
	CASE="$(first /cases)"
	DISPUTE="$(first /mediation)"
	[[ -n "$INCIDENT" && -n "$CASE" && -n "$DISPUTE" ]] || { echo "could not find the records" >&2; exit 1; }
	PAGES=(/login /incidents "/incidents/$INCIDENT" /cases "/cases/$CASE" /mediation "/mediation/$DISPUTE")
fi
for pass in 1 2; do # warm-up
	for page in "${PAGES[@]}"; do
		wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d"$WARMUP" -H "$COOKIE" "$BASE$page" >/dev/null
	done
done
RESULTS="$WORK/results"
for round in $(seq 1 "$ROUNDS"); do
	for page in "${PAGES[@]}"; do
		out="$(wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -H "$COOKIE" "$BASE$page")"
		rps="$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")"
		median="$(awk '$1 == "50%" { print $2 }' <<<"$out")"
		p99="$(awk '$1 == "99%" { print $2 }' <<<"$out")"
		non2xx="$(awk '/Non-2xx/ { print $5 }' <<<"$out")"
		echo "round $round  $page  ${rps} req/s  median ${median}  p99 ${p99}  non-2xx ${non2xx:-0}  load $(cut -d' ' -f1 /proc/loadavg)"
		echo "$page $rps $median" >>"$RESULTS"
	done
done

echo
echo "$LABEL — $(nproc) cores, load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| page | requests/s | median |"
echo "|---|---|---|"
for page in "${PAGES[@]}"; do
	rates="$(awk -v p="$page" '$1 == p { print $2 }' "$RESULTS" | sort -n | sed -n '1p;$p' | paste -sd'-')"
	medians="$(awk -v p="$page" '$1 == p { print $3 }' "$RESULTS" | paste -sd',' | sed 's/,/, /g')"
	echo "| \`$page\` | ${rates/-/–} | $medians |"
done
