"""Server time of the consultation form page (issue 14): a measurement to read, not a test.

Runs Django in this process with the production configuration that bench/production.sh sets
(DJANGO_DEBUG=false, PostgreSQL, the cache of REDIS_URL or the database cache) and times, with
time.perf_counter, each request made through Django's test client, one at a time: the form as a
patient first opens it (GET /consultation/), the same with a procedure chosen beforehand
(?procedure=<slug>, as the procedure pages link to it), and, for comparison, a send with an error
(POST, the form shown back with its errors, rendered in full). The time includes every middleware,
the view, the template and the client's own small share; not the HTTP server.

Usage, from bench/form_page (which prepares the database and the environment), or directly with the
environment set:  python bench/form_page.py [--requests 500] [--profile]
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinic.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from procedures.models import Procedure  # noqa: E402

HEADERS = {"HTTP_HOST": "127.0.0.1", "HTTP_X_FORWARDED_PROTO": "https", "HTTP_ACCEPT_ENCODING": "gzip"}


def timed(make_request, count: int) -> list[float]:
    """Milliseconds of each of `count` requests, after a few unmeasured ones that warm the process."""
    for _ in range(20):
        make_request()
    times = []
    for _ in range(count):
        start = time.perf_counter()
        make_request()
        times.append((time.perf_counter() - start) * 1000)
    return times


def percentile(times: list[float], share: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500, help="timed requests per kind")
    parser.add_argument("--profile", action="store_true", help="print the 30 dearest functions of the GET")
    args = parser.parse_args()

    client = Client(**HEADERS)
    # As on a live site, where the page cache's generation exists once any page has been cached.
    assert client.get("/").status_code == 200
    slug = Procedure.objects.published().values_list("slug", flat=True).first()

    def get():
        response = client.get("/consultation/")
        assert response.status_code == 200, response.status_code

    def get_preselected():
        response = client.get(f"/consultation/?procedure={slug}")
        assert response.status_code == 200, response.status_code

    def post_with_error():
        # Fresh client each time: a CSRF cookie and the page's token, as a browser sends them.
        browser = Client(enforce_csrf_checks=False, **HEADERS)
        response = browser.post("/consultation/", {"first_name": "", "consent": ""})
        assert response.status_code == 200, response.status_code

    kinds = [
        ("GET /consultation/", get),
        (f"GET /consultation/?procedure={slug}", get_preselected),
        ("POST with errors (full render)", post_with_error),
    ]
    print(f"{'request':44} {'requests':>8} {'median ms':>10} {'p90 ms':>8} {'p99 ms':>8} {'queries':>8}")
    for name, make_request in kinds:
        times = timed(make_request, args.requests)
        with CaptureQueriesContext(connection) as queries:
            make_request()
        print(
            f"{name:44} {len(times):8} {statistics.median(times):10.2f} "
            f"{percentile(times, 0.90):8.2f} {percentile(times, 0.99):8.2f} {len(queries):8}"
        )

    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(lambda: [get() for _ in range(100)])
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()
