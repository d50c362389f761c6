from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand

from consultations.notifications import notifications_requeue_stuck


class Command(BaseCommand):
    help = (
        "Queue again the staff notices and acknowledgements whose sending task died with its worker "
        "(running for more than CONSULTATION_NOTICE_STUCK_SECONDS) or is missing. `run_worker` does "
        "this at start-up and every minute; run it from cron where workers run plain `db_worker`."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--stuck-seconds",
            type=int,
            default=settings.CONSULTATION_NOTICE_STUCK_SECONDS,
            help="A task running this long has lost its worker (default: CONSULTATION_NOTICE_STUCK_SECONDS, "
            "%(default)s).",
        )

    def handle(self, *, stuck_seconds, verbosity, **options):
        count = notifications_requeue_stuck(stuck_after=timedelta(seconds=stuck_seconds))
        if verbosity:
            self.stdout.write(f"Queued {count} unsent email(s) again.")
