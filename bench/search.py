"""Time site search on the seeded content: server time of GET /search/?q=… and /es/buscar/?q=… (the view,
its queries over pages, physicians and locations, the template).

    DATABASE_URL=postgres://… .venv/bin/python bench/search.py [--rounds 50]

Migrates and loads the clinic's content into DATABASE_URL first (load_clinic_content is idempotent),
then prints, per query, the pages found and the median and 95th-percentile server time in milliseconds.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinic.settings")
os.environ.setdefault("DJANGO_DEBUG", "true")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import translation  # noqa: E402

from procedures.site_search import search_pages, search_terms  # noqa: E402

QUERIES = [
    "stenosis",
    "stenossis",
    "radio frequency",
    "lower back pain",
    "injection",
    "nerve",
    "knee replacement",
]
# Searched on the Spanish site, over the Spanish pages.
SPANISH_QUERIES = ["estenosis", "estenossis", "inyecciones", "dolor de espalda baja"]

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("--rounds", type=int, default=50)
args = parser.parse_args()

call_command("migrate", verbosity=0)
call_command("load_clinic_content", verbosity=0)
client = Client(HTTP_HOST="127.0.0.1")
print(f"{'query':<20} {'first result':<28} {'found':>5} {'median ms':>10} {'p95 ms':>8}")
searches = [("/search/", "en", query) for query in QUERIES]
searches += [("/es/buscar/", "es", query) for query in SPANISH_QUERIES]
for address, language, query in searches:
    with translation.override(language):
        found = search_pages(search_terms(query))
    timings = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        response = client.get(address, {"q": query})
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    p95 = statistics.quantiles(timings, n=20)[-1]
    first = found[0].title if found else "—"
    print(f"{query:<20} {first:<28} {len(found):>5} {statistics.median(timings):>10.1f} {p95:>8.1f}")
