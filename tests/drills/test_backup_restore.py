"""Drill: a backup is made (deploy/backup.sh) while patients keep sending the form, then restored
(deploy/restore.sh) into a new database, which must hold exactly the rows the backup includes.

Which rows those are is known exactly: the drill opens a transaction, exports its snapshot and has
pg_dump use it (pg_dump's own --snapshot; without it pg_dump takes a snapshot the same way when it
starts), and reads the per-table counts and checksums from that same snapshot while the backup runs.
"""

import os
import subprocess
import threading
import time

import psycopg2

from tests.processes import BASE_DIR, run_with_django

from .conftest import submit, submit_burst

PATIENTS_SENDING = 4
CONSULTATION_TABLES = [
    "consultations_consultationrequest",
    "consultations_note",
    "consultations_event",
    "consultations_notification",
    "consultations_callattempt",
    "consultations_accesslogentry",
    "consultations_accessedrequest",
    "django_tasks_database_dbtaskresult",
]
# What the front desk does with the first requests: a note, a call, a status, the access log.
STAFF_WORK = """
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from consultations import services
from consultations.access_log import access_log_record
from consultations.models import AccessLogEntry, CallAttempt, ConsultationRequest
staff = get_user_model().objects.create_user("drill-front-desk", is_staff=True)
listing = RequestFactory().get("/admin/consultations/consultationrequest/")
listing.user = staff
requests = list(ConsultationRequest.objects.all())
access_log_record(request=listing, kind=AccessLogEntry.Kind.LISTED, consultation_requests=requests)
for consultation_request in requests:
    services.consultation_note_create(
        consultation_request=consultation_request, author=staff, text="Prefers a call after 5 pm."
    )
    services.call_attempt_record(
        consultation_request=consultation_request, by=staff, outcome=CallAttempt.Outcome.VOICEMAIL
    )
"""


class Patients:
    """Patients who keep sending the form, one after another on each of a few threads."""

    def __init__(self, port: int, count: int):
        self.port = port
        self.stopping = threading.Event()
        # (reference, when the patient opened the form, when the thanks page showed): time.monotonic()
        self.accepted = []
        self.errors = []
        self.threads = [threading.Thread(target=self.send, args=[n]) for n in range(count)]

    def send(self, first: int):
        number = 1000 + first
        while not self.stopping.is_set():
            opened = time.monotonic()
            try:
                self.accepted.append((submit(self.port, number), opened, time.monotonic()))
            except Exception as error:  # noqa: BLE001 - every failure is reported by the drill
                self.errors.append(repr(error))
            number += len(self.threads)

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=60)

    def accepted_before(self, moment: float) -> set[str]:
        return {reference for reference, _, thanked in self.accepted if thanked < moment}

    def sending_between(self, start: float, end: float) -> set[str]:
        """The requests that patients were filling in or sending at some time from `start` to `end`."""
        return {reference for reference, opened, thanked in self.accepted if opened < end and thanked > start}


def figures(cursor) -> tuple[dict, dict]:
    """Rows per table of the schema, and a checksum of every row of the consultation tables."""
    cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    counts = {}
    for (table,) in cursor.fetchall():
        cursor.execute(f'SELECT count(*) FROM "{table}"')
        counts[table] = cursor.fetchone()[0]
    checksums = {}
    for table in CONSULTATION_TABLES:
        cursor.execute(f"SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t.id), '')) FROM {table} t")
        checksums[table] = cursor.fetchone()[0]
    return counts, checksums


def connect(url: str):
    return psycopg2.connect(url)


def test_a_backup_made_while_patients_send_requests_restores_every_row_it_includes(
    start_site, start_worker, mail_server, database, drill_cluster, site_env, tmp_path
):
    postgres, _ = drill_cluster
    _, port = start_site()
    mail_server.start()
    start_worker()
    submit_burst(port, 3)
    staff_work = run_with_django(STAFF_WORK, env=site_env)
    assert staff_work.returncode == 0, staff_work.stderr
    restored_url = postgres.url(f"{database.name}_restored")
    tool_env = {**os.environ, "DATABASE_URL": database.url, "BACKUP_DIR": str(tmp_path / "backups")}

    with Patients(port, PATIENTS_SENDING) as patients:
        time.sleep(3)  # the load is under way: requests arrive, the worker sends their emails
        snapshot = connect(database.url)
        snapshot.set_session(isolation_level="REPEATABLE READ", readonly=True)
        with snapshot.cursor() as cursor:
            snapshot_taken = time.monotonic()
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot_id = cursor.fetchone()[0]
            backup_started = time.monotonic()
            backup = subprocess.Popen(
                [BASE_DIR / "deploy/backup.sh", f"--snapshot={snapshot_id}"],
                env=tool_env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            expected_counts, expected_checksums = figures(cursor)
            backup_out, backup_err = backup.communicate(timeout=60)
            backup_ended = time.monotonic()
        snapshot.rollback()
        snapshot.close()
        time.sleep(2)  # more requests after the backup, which it must not hold
    assert backup.returncode == 0, backup_err
    backup_file = backup_out.strip()

    restore_started = time.monotonic()
    restore = subprocess.run(
        [BASE_DIR / "deploy/restore.sh", backup_file, restored_url],
        env=tool_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    restore_seconds = time.monotonic() - restore_started
    assert restore.returncode == 0, restore.stderr
    restored = connect(restored_url)
    with restored.cursor() as cursor:
        restored_counts, restored_checksums = figures(cursor)
        cursor.execute("SELECT reference FROM consultations_consultationrequest")
        restored_references = {reference for (reference,) in cursor.fetchall()}
    restored.close()
    live_requests = len(database.references())
    sending_during_backup = patients.sending_between(backup_started, backup_ended)

    print(
        f"\nBackup: {backup_ended - backup_started:.2f} s, {os.path.getsize(backup_file) / 1024:.0f} KB;"
        f" restore: {restore_seconds:.2f} s. Requests accepted from {PATIENTS_SENDING} patients sending"
        f" one after another: {len(patients.accepted)}, of which {len(sending_during_backup)} were being"
        f" filled in or sent during the backup; errors: {len(patients.errors)}.\nRequests stored by"
        f" the end: {live_requests}; in the backup: {restored_counts['consultations_consultationrequest']}."
        "\nRows in the backup's snapshot, restored with the same checksum:"
    )
    for table in CONSULTATION_TABLES:
        print(f"  {table:40} {restored_counts[table]:5}  md5 {restored_checksums[table]}")
    print(restore.stdout.strip())

    assert patients.errors == []
    assert restored_counts == expected_counts
    assert restored_checksums == expected_checksums
    # Requests kept arriving: during the backup, and after its snapshot (those are not in it).
    assert sending_during_backup
    assert live_requests > restored_counts["consultations_consultationrequest"]
    assert patients.accepted_before(snapshot_taken) <= restored_references
    assert all(restored_counts[table] > 0 for table in CONSULTATION_TABLES)
