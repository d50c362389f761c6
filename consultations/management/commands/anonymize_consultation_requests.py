from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from consultations.barrier_reports import barrier_reports_anonymize
from consultations.services import consultation_requests_anonymize


class Command(BaseCommand):
    help = (
        "Remove the patient's details from closed and spam consultation requests received more than "
        "CONSULTATION_RETENTION_DAYS ago, and the visitor's words and contact details from resolved and "
        "spam accessibility barrier reports as old. Meant to run daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.CONSULTATION_RETENTION_DAYS,
            help="Keep details for this many days (default: CONSULTATION_RETENTION_DAYS, %(default)s).",
        )

    def handle(self, *, days, verbosity, **options):
        received_before = timezone.now() - timedelta(days=days)
        count = consultation_requests_anonymize(received_before=received_before)
        reports = barrier_reports_anonymize(received_before=received_before)
        if verbosity:
            self.stdout.write(
                f"Anonymized {count} consultation request(s) received more than {days} days ago."
            )
            self.stdout.write(f"Anonymized {reports} accessibility barrier report(s) as old.")
