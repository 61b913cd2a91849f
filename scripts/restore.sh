#!/usr/bin/env bash
# Restore a StationOps backup made by scripts/backup.sh into an EMPTY database.
#
#   scripts/restore.sh backup.dump [database]
#
# Stop the app first. The target database must exist and be empty, created like the original
# (createdb --locale-provider=builtin --builtin-locale=C.UTF-8 -T template0 stationops); the same libpq
# variables as for backup.sh apply. Flyway finds its history table in the dump and applies only newer
# migrations at the next start.
set -euo pipefail

dump="${1:?usage: scripts/restore.sh backup.dump [database]}"
db="${2:-${PGDATABASE:-stationops}}"
bin="${PG_BIN:+$PG_BIN/}"

"${bin}pg_restore" --exit-on-error --no-owner --no-privileges --single-transaction --dbname="$db" "$dump"
echo "Restored $dump into $db"
