#!/usr/bin/env bash
# A consistent backup of the clinic's PostgreSQL database, made while the site keeps running.
#
# pg_dump reads every table inside one transaction, that is one MVCC snapshot: the backup holds
# exactly the rows committed when it started (never half of a request being saved meanwhile), and
# it blocks neither patients nor staff (only a migration waits for it). The custom format (-Fc) is
# compressed; deploy/restore.sh restores it into a new database.
#
# Usage:  deploy/backup.sh [pg_dump option ...]        or:  make backup
# Settings (environment; `make backup` also reads .env):
#   DATABASE_URL   the database to back up, postgres://user:password@host:port/name (required)
#   BACKUP_DIR     where backups are written (default: backups/ in this checkout)
#   BACKUP_KEEP    how many of the newest backups to keep in BACKUP_DIR; older ones are deleted
#                  (default 14; 0 keeps every one)
# Prints the new backup's path. Options given go to pg_dump as they are.
# Backups hold patients' details: they are written readable by their owner only.
set -euo pipefail

BACKUP_DIR=${BACKUP_DIR:-$(cd "$(dirname "$0")/.." && pwd)/backups}
BACKUP_KEEP=${BACKUP_KEEP:-14}

fail() { echo "backup: $*" >&2; exit 1; }
[ -n "${DATABASE_URL:-}" ] || fail "DATABASE_URL is not set: give the PostgreSQL database to back up."
case "$DATABASE_URL" in
    postgres://* | postgresql://*) ;;
    *) fail "DATABASE_URL is not a PostgreSQL address (postgres://…): only PostgreSQL is backed up." ;;
esac
[[ "$BACKUP_KEEP" =~ ^[0-9]+$ ]] || fail "BACKUP_KEEP must be a whole number, not '$BACKUP_KEEP'."
command -v pg_dump >/dev/null || fail "pg_dump is missing: apt-get install -y postgresql-client"

umask 077
mkdir -p "$BACKUP_DIR"
name=clinic-$(date -u +%Y%m%dT%H%M%SZ)
[ -e "$BACKUP_DIR/$name.dump" ] && name=$name-$$
backup=$BACKUP_DIR/$name.dump
# Written under another name and renamed once complete and readable: a backup that failed or was
# cut short never looks like a good one.
partial=$BACKUP_DIR/.$name.dump.partial
trap 'rm -f "$partial"' EXIT

pg_dump --dbname="$DATABASE_URL" --format=custom --file="$partial" "$@"
pg_restore --list "$partial" >/dev/null || fail "the new backup cannot be read back; kept nothing."
mv "$partial" "$backup"

if [ "$BACKUP_KEEP" -gt 0 ]; then
    # Names sort by time (UTC, fixed width), newest last.
    mapfile -t old < <(find "$BACKUP_DIR" -maxdepth 1 -name 'clinic-*.dump' | sort | head -n "-$BACKUP_KEEP")
    [ "${#old[@]}" -eq 0 ] || rm -f -- "${old[@]}"
fi
echo "$backup"
