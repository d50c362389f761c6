#!/usr/bin/env bash
# Restore a backup made by deploy/backup.sh into a new PostgreSQL database.
#
# The database is created here and must not exist yet: a restore never writes over a database
# in use. Everything is restored in one transaction, so a restore that fails leaves an empty
# database, never half of one. Point the site at the new database (DATABASE_URL) once it is done.
#
# Usage:  deploy/restore.sh BACKUP_FILE TARGET_DATABASE_URL
#    or:  make restore BACKUP=backups/clinic-….dump TARGET_DATABASE_URL=postgres://…/clinic_restored
# Prints how many consultation requests, notes, history entries and emails the new database holds.
set -euo pipefail

fail() { echo "restore: $*" >&2; exit 1; }
[ $# -eq 2 ] || fail "usage: deploy/restore.sh BACKUP_FILE TARGET_DATABASE_URL (a database that does not exist yet)"
backup=$1
target=$2
[ -r "$backup" ] || fail "cannot read the backup '$backup'."
case "$target" in
    postgres://* | postgresql://*) ;;
    *) fail "TARGET_DATABASE_URL is not a PostgreSQL address (postgres://user@host:port/name)." ;;
esac
command -v pg_restore >/dev/null || fail "pg_restore is missing: apt-get install -y postgresql-client"
pg_restore --list "$backup" >/dev/null || fail "'$backup' is not a backup pg_restore can read."

# postgres://user@host:port/name?options -> the name, and the same server's "postgres" database.
address=${target%%\?*}
options=${target#"$address"}
name=${address##*/}
[ -n "$name" ] && [ "$name" != "$address" ] || fail "TARGET_DATABASE_URL names no database."
maintenance=${address%/*}/postgres$options
createdb --maintenance-db="$maintenance" "$name" ||
    fail "could not create the database '$name' (a restore goes into a new database only)."

pg_restore --dbname="$target" --no-owner --no-privileges --single-transaction --exit-on-error "$backup"
psql "$target" -v ON_ERROR_STOP=1 -Atq -F ' ' -c "
    SELECT 'Restored into $name:',
        (SELECT count(*) FROM consultations_consultationrequest), 'consultation requests,',
        (SELECT count(*) FROM consultations_note), 'notes,',
        (SELECT count(*) FROM consultations_event), 'history entries,',
        (SELECT count(*) FROM consultations_notification), 'emails.'"
