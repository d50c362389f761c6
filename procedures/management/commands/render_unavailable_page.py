"""Write the 503 page, with the clinic's phone number, as a static file for nginx.

nginx shows it when no app server can answer a request (a 502 or 504 of its own, deploy/nginx/):
a patient whose request was cut short by a server's death is told to send it again, or to call.
Run after collectstatic at each deploy, so that it links to that release's stylesheet and carries
the phone number as it is then.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.template import loader

from procedures.models import Clinic

UNAVAILABLE_PAGE = Path("errors") / "unavailable.html"


class Command(BaseCommand):
    help = "Write the page nginx shows when no app server answers (STATIC_ROOT/errors/unavailable.html)."

    def handle(self, *args, **options):
        path = Path(settings.STATIC_ROOT) / UNAVAILABLE_PAGE
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(loader.render_to_string("503.html", {"clinic": Clinic.load()}))
        self.stdout.write(f"Wrote {path}")
