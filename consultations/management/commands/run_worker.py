"""The task worker as production runs it: django-tasks-db's `db_worker`, made to lose no email.

On top of `db_worker` (same options): at start-up and every --sweep-interval seconds it queues
again the emails whose task died with a worker (`requeue_stuck_notices`), sends the leads' daily
digest once it is due (`send_daily_digest`: once a day however many workers run) and the editors'
weekly email of medical reviews due (once a week, likewise), runs the publishing schedules it
missed, deletes access-log entries older than ACCESS_LOG_RETENTION_DAYS, and when the database goes
away it waits for it to come back instead of exiting.
"""

import logging
import os
import threading
import time
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands import db_worker

from consultations.access_log import access_log_prune
from consultations.digest import daily_digest_send
from consultations.notifications import notifications_requeue_stuck
from procedures.page_emails import reviews_due_email_send
from procedures.scheduling import schedules_run_due

logger = logging.getLogger(__name__)

DATABASE_RETRY_SECONDS = 5


def sweep() -> None:
    try:
        count = notifications_requeue_stuck(
            stuck_after=timedelta(seconds=settings.CONSULTATION_NOTICE_STUCK_SECONDS)
        )
        if count:
            logger.warning("Queued %s unsent email(s) again: their task had died with its worker", count)
    except DatabaseError as error:
        logger.warning("Could not look for stuck emails (%s); trying again later", error)
    try:
        daily_digest_send()
    except Exception:  # noqa: BLE001 - the sweep's thread must outlive any digest error; it tries again
        logger.exception("Could not look at the daily digest; trying again later")
    try:
        reviews_due_email_send()
    except Exception:  # noqa: BLE001 - as above: the next sweep tries again
        logger.exception("Could not look at the weekly reviews-due email; trying again later")
    try:
        # Each schedule's own task runs it on time; this runs any it missed (no worker at that moment).
        schedules_run_due()
    except Exception:  # noqa: BLE001 - as above: the sweep's thread must outlive it; it tries again
        logger.exception("Could not run the due publishing schedules; trying again later")
    try:
        # An indexed range that is empty on all but one sweep a day: nothing to notice.
        access_log_prune()
    except DatabaseError as error:
        logger.warning("Could not prune the access log (%s); trying again later", error)


def sweep_every(interval: float) -> None:
    while True:
        time.sleep(interval)
        sweep()
        # This thread's own connection: a new one each time is nothing at this pace.
        connections.close_all()


class Command(db_worker.Command):
    help = "Run the task worker (db_worker), queuing again the emails of tasks that died with a worker."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--sweep-interval",
            type=float,
            default=60,
            help="Seconds between looks for emails whose task died with its worker (default: %(default)s).",
        )

    def handle(self, *args, sweep_interval, **options):
        # With --reload this process only watches the code; the worker runs in its child.
        if not options["reload"] or os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
            sweep()
            # A --batch run ends once the queue is empty: the start-up sweep is all it needs.
            if not options["batch"]:
                threading.Thread(target=sweep_every, args=[sweep_interval], daemon=True).start()
        while True:
            try:
                return super().handle(*args, **options)
            except (OperationalError, InterfaceError) as error:
                # A task cut short stays "running"; the sweep queues its email again later.
                logger.warning(
                    "The database is unavailable (%s); the worker starts again in %s s",
                    error,
                    DATABASE_RETRY_SECONDS,
                )
                connections.close_all()
                time.sleep(DATABASE_RETRY_SECONDS)
