"""Time the live preview as an editor waits for it: every Markdown field of the seeded lumbar facet injections
page posted to /admin/procedures/procedure/live-preview/ through Django's whole request path.

A measurement to read, not a test. With DATABASE_URL pointing at a database of its own (created, migrated
and loaded with the clinic's content by this script), from the repository root:

    DJANGO_DEBUG=true DATABASE_URL=postgres://postgres@127.0.0.1:5432/clinic_bench \\
        .venv/bin/python bench/live_preview.py
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 20

subprocess.run([sys.executable, ROOT / "bench" / "database.py"], check=True)
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinic.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402

from procedures.live_preview import markdown_preview  # noqa: E402
from procedures.models import Procedure  # noqa: E402

call_command("migrate", verbosity=0)
call_command("load_clinic_content", verbosity=0)
setup_test_environment()  # the test client's host name, "testserver", is allowed

editor, _ = get_user_model().objects.get_or_create(username="bench-live-preview", defaults={"is_staff": True})
editor.groups.add(Group.objects.get(name="Editors"))
client = Client()
client.force_login(editor)

lumbar = Procedure.objects.get(slug="lumbar-facet-injections")
fields = [lumbar.introduction]
fields += [section.body for section in lumbar.sections.all()]
fields += [faq.answer for faq in lumbar.faqs.all()]
url = reverse("admin:procedures_procedure_live_preview")


def timed(preview) -> str:
    timings_ms = []
    for _ in range(ROUNDS):
        for text in fields:
            start = time.perf_counter()
            preview(text)
            timings_ms.append((time.perf_counter() - start) * 1000)
    timings_ms.sort()
    return (
        f"median {statistics.median(timings_ms):.1f} ms, "
        f"95th percentile {timings_ms[int(len(timings_ms) * 0.95)]:.1f} ms, max {timings_ms[-1]:.1f} ms"
    )


def post(text):
    response = client.post(url, {"markdown": text})
    assert response.status_code == 200, response.status_code


print(f"{len(fields)} fields (the longest {max(map(len, fields)):,} characters), {ROUNDS} rounds each")
print(f"  request to the endpoint: {timed(post)}")
print(f"  rendering alone (Markdown, nh3, page: links): {timed(markdown_preview)}")
