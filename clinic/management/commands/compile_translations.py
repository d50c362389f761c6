"""Compile the translation catalogs (locale/*/LC_MESSAGES/*.po) into the .mo files Django reads.

Django's own compilemessages needs GNU gettext's msgfmt, which a fresh machine may lack; polib does
the same in Python. `make setup` and the test session run it; it rewrites only outdated files.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the .po translation catalogs in LOCALE_PATHS into .mo files."

    def handle(self, *args, **options):
        for locale_path in settings.LOCALE_PATHS:
            for catalog in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                compiled = catalog.with_suffix(".mo")
                if compiled.exists() and compiled.stat().st_mtime >= catalog.stat().st_mtime:
                    continue
                polib.pofile(str(catalog)).save_as_mofile(str(compiled))
                if options["verbosity"]:
                    self.stdout.write(f"Compiled {catalog.relative_to(settings.BASE_DIR)}")
