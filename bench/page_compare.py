"""How long the history and comparison pages of the longest seeded page take, and how many SQL queries.

Run from the repository root against a database of its own (it loads the clinic's content and saves
revisions into it):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_compare .venv/bin/python bench/page_compare.py
A measurement to read, not a test. Each figure is the median of ROUNDS requests through Django's test
client (no web server), so it is the views' own time.
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "20"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinic.settings")
os.environ.setdefault("DJANGO_DEBUG", "true")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-secret-key-not-used-anywhere-else-0123456789")
subprocess.run([sys.executable, str(ROOT / "bench" / "database.py"), "--fresh"], check=True)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402

from procedures.models import Procedure  # noqa: E402
from procedures.page_compare_admin import compare_url  # noqa: E402
from tests.factories import EditorFactory  # noqa: E402
from tests.markup import parse  # noqa: E402

setup_test_environment()
call_command("migrate", verbosity=0)
call_command("load_clinic_content", verbosity=0)
page = max(Procedure.objects.all(), key=lambda procedure: procedure.sections.count())
client = Client()
client.force_login(EditorFactory())
change = reverse("admin:procedures_procedure_change", args=[page.pk])


def save(**changes):
    data = parse(client.get(change).content).form_data("procedure_form")
    data.update({name: [value] for name, value in changes.items()})
    assert client.post(change, {**data, "_save": "Save"}).status_code == 302


def measure(label, method, url, data=None):
    timings = []
    for _ in range(ROUNDS):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = getattr(client, method)(url, data or {})
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code in (200, 302), response.status_code
    print(f"{label:<52} {statistics.median(timings):7.1f} ms {len(queries):4d} queries")


for number in range(5):
    save(**{f"sections-{number}-body": f"Edited copy {number}.\n\nA second paragraph."})
print(f"{page.title}: {page.sections.count()} sections, {page.faqs.count()} FAQs, {ROUNDS} rounds each")
history = reverse("admin:procedures_procedure_history", args=[page.pk])
rows = parse(client.get(history).content).find_all("a")
previous = next(link.get("href") for link in rows if link.text.startswith("Compare with previous"))
oldest_to_now = [link.get("href") for link in rows if link.text.startswith("Compare with current")][-1]
measure("History (6 revisions)", "get", history)
measure("Compare with previous", "get", previous)
measure("Compare the oldest revision with now, all shown", "get", oldest_to_now + "&show=all")
measure(
    "Compare two pages (page:<id> with itself)",
    "get",
    compare_url("procedure", old=f"page:{page.pk}", new=f"page:{page.pk}"),
)
unchanged = parse(client.get(change).content).form_data("procedure_form")
measure("Save that changes nothing (no revision kept)", "post", change, {**unchanged, "_save": "Save"})
