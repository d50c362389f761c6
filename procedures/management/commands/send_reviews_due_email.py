"""Send the editors the list of pages due for medical review now, outside the weekly schedule.

The task worker (`run_worker`) sends the weekly email by itself on PAGE_REVIEWS_EMAIL_DAY at
PAGE_REVIEWS_EMAIL_TIME; this command is for an editor who wants the list today. With --if-due it
sends only the weekly email, and only if it is due and not yet sent (for cron instead of the worker).
"""

from django.core.management.base import BaseCommand

from procedures.page_emails import reviews_due_email_send, reviews_due_email_send_now


class Command(BaseCommand):
    help = "Email the Editors the published pages overdue for medical review or due within 30 days, now."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-due",
            action="store_true",
            help="Send this week's email only if its day and time have come and it has not gone out yet.",
        )

    def handle(self, *args, if_due, **options):
        if if_due:
            if reviews_due_email_send():
                self.stdout.write("Sent this week's reviews-due email.")
            else:
                self.stdout.write("Nothing sent: not yet due, already sent, nothing due, or see the log.")
            return
        listed = reviews_due_email_send_now()
        if listed:
            self.stdout.write(f"Sent the editors the list of {listed} page{'s' if listed != 1 else ''} due.")
        else:
            self.stdout.write("Nothing sent: no page is due for review, or no editor has an email address.")
