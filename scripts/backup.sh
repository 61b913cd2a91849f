#!/usr/bin/env bash
# Back up the StationOps database with pg_dump (custom format, compressed).
#
#   scripts/backup.sh [output-file]
#
# Connection: the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE). For the embedded
# database, start the app and read the port from its log line "Embedded PostgreSQL 18 is running on port …",
# then: PGHOST=localhost PGPORT=<port> PGUSER=postgres PGDATABASE=postgres scripts/backup.sh
#
# pg_dump must be at least the server's major version (18 for the embedded server): set PG_BIN to the folder
# holding a matching pg_dump when the one on PATH is older.
set -euo pipefail

out="${1:-stationops-$(date +%Y%m%d-%H%M%S).dump}"
bin="${PG_BIN:+$PG_BIN/}"

"${bin}pg_dump" --format=custom --no-owner --no-privileges --file="$out" "${PGDATABASE:-stationops}"
echo "Backup written to $out"
