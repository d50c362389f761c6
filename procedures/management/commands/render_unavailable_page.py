"""Write the 503 page, with the clinic's phone number, as static files for nginx: one per language.

nginx shows it when no app server can answer a request (a 502 or 504 of its own, deploy/nginx/):
a patient whose request was cut short by a server's death is told to send it again, or to call, in the
language of the address they asked for (errors/unavailable.html, errors/unavailable.es.html for /es/…).
Run after collectstatic at each deploy, so that it links to that release's stylesheet and carries
the phone number as it is then.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.template import loader
from django.utils import translation

from procedures.models import Clinic

UNAVAILABLE_PAGE = Path("errors") / "unavailable.html"


def unavailable_page(language: str) -> Path:
    """errors/unavailable.html in the default language, errors/unavailable.<code>.html in the others."""
    if language == settings.LANGUAGE_CODE:
        return UNAVAILABLE_PAGE
    return UNAVAILABLE_PAGE.with_suffix(f".{language}.html")


class Command(BaseCommand):
    help = (
        "Write the pages nginx shows when no app server answers (STATIC_ROOT/errors/unavailable.html, "
        "and unavailable.<language>.html for each other language)."
    )

    def handle(self, *args, **options):
        clinic = Clinic.load()
        for language, _name in settings.LANGUAGES:
            path = Path(settings.STATIC_ROOT) / unavailable_page(language)
            path.parent.mkdir(parents=True, exist_ok=True)
            with translation.override(language):
                path.write_text(loader.render_to_string("503.html", {"clinic": clinic}))
            self.stdout.write(f"Wrote {path}")
