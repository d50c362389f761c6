"""Send the front desk leads' daily digest if it is due and not yet sent: for cron, on any number of hosts.

Run it every few minutes (or once just after CONSULTATION_DIGEST_TIME): before that time it does
nothing, and once the day's digest has gone out, by this command or the task worker, it does nothing
either.
"""

from django.core.management.base import BaseCommand

from consultations.digest import daily_digest_send


class Command(BaseCommand):
    help = "Send today's digest to the front desk leads if its time has come and it has not gone out yet."

    def handle(self, *args, **options):
        if daily_digest_send():
            self.stdout.write("Sent today's digest.")
        elif options["verbosity"] > 1:
            self.stdout.write("Nothing to send: not yet due, already sent, or sending failed (see the log).")
