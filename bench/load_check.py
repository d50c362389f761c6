"""The checks of bench/load: the rate-limit probe before the load, the figures and verdict after it.

probe   one address sends the form CONSULTATION_RATE_LIMIT + 1 times: all but the last must be
        accepted, the last answered 429. Its accepted submissions join the ones to account for.
report  waits (bounded) for the task worker to send every email, then prints the figures and exits
        non-zero unless there were no errors and accepted = stored = notified, each exactly once.
"""

import argparse
import json
import math
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import requests

# The repository root, for the project's settings and models.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinic.settings")
import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.tasks import TaskResultStatus  # noqa: E402
from django_tasks_db.models import DBTaskResult  # noqa: E402
from load_browser import FORM_PATH, THANKS_PATH, browser_session, form_post, read_page, reference_from  # noqa: E402

from consultations.models import ConsultationRequest, NoticeRecipient, Notification  # noqa: E402

# Outside the part of the benchmark range that the load's visitors get (see visitor_address).
PROBE_ADDRESS = "198.19.255.254"
# Patient numbers of the probe, far from the load's, so every patient address stays unique.
PROBE_FIRST_PATIENT = 10**6
KINDS = ["page view", "static", "form GET", "form POST", "thanks"]


def read_lines(path):
    with open(path) as file:
        return [json.loads(line) for line in file if line.strip()]


def probe(args):
    limit = settings.CONSULTATION_RATE_LIMIT
    session = browser_session(requests.Session(), PROBE_ADDRESS)
    pages = []
    for _ in range(limit + 1):
        response = session.get(args.base + FORM_PATH, timeout=30)
        response.raise_for_status()
        pages.append(read_page(response.text).inputs)
    time.sleep(settings.CONSULTATION_FORM_MIN_SECONDS + 0.2)
    statuses, accepted = [], []
    for number, inputs in enumerate(pages, start=PROBE_FIRST_PATIENT):
        data = form_post(inputs, number)
        response = session.post(
            args.base + FORM_PATH,
            data=data,
            headers={"Referer": settings.SITE_URL + FORM_PATH, "Origin": settings.SITE_URL},
            allow_redirects=False,
            timeout=30,
        )
        statuses.append(response.status_code)
        reference = reference_from(response.headers.get("Location", ""))
        if response.status_code == 302 and reference:
            accepted.append({"reference": reference, "email": data["email"]})
    with open(args.accepted, "a") as file:
        file.writelines(json.dumps(submission) + "\n" for submission in accepted)
    expected = [302] * limit + [429]
    window = settings.CONSULTATION_RATE_LIMIT_WINDOW_SECONDS
    print(
        f"Rate limit: {limit + 1} submissions from one address answered {' '.join(map(str, statuses))}"
        f" (limit {limit} per {window} s; expected {limit} x 302, then 429)"
    )
    return 0 if statuses == expected and len(accepted) == limit else 1


def wait_for_worker(timeout):
    """Seconds until every email is sent and nothing is queued, or None after `timeout` seconds."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        unsent = Notification.objects.exclude(status=Notification.Status.SENT).exists()
        queued = DBTaskResult.objects.filter(
            status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING]
        ).exists()
        if not unsent and not queued:
            return time.monotonic() - start
        time.sleep(0.5)
    return None


def kind_of(method, path):
    """The kind of a request, named as the locustfile names it; "other" for the script's own checks."""
    if path.startswith("/static/"):
        return "static"
    if path.startswith(THANKS_PATH):
        return "thanks"
    if path == FORM_PATH:
        return f"form {method}"
    if path in ("/healthz", "/sitemap.xml"):
        return "other"
    return "page view"


def percentile(values, p):
    """The nearest-rank percentile: the smallest value with at least p % of the values at or below it."""
    if not values:
        return float("nan")
    ranked = sorted(values)
    return ranked[max(0, math.ceil(len(ranked) * p / 100) - 1)]


def per_reference(counts: Counter, expected: set) -> str:
    once = sum(1 for reference in expected if counts[reference] == 1)
    missing = sum(1 for reference in expected if counts[reference] == 0)
    repeated = sum(1 for reference in expected if counts[reference] > 1)
    unknown = sum(count for reference, count in counts.items() if reference not in expected)
    return f"{once} exactly once, {missing} missing, {repeated} more than once, {unknown} unknown"


def report(args):
    drained = wait_for_worker(args.drain_timeout)
    problems = []

    with open(args.requests) as file:
        run = json.load(file)
    # The server's side, from gunicorn's access log: "status forwarded-for method path microseconds".
    with open(args.access_log) as file:
        entries = [line.split() for line in file if line.strip()]
    server_times = defaultdict(list)
    for _, address, method, path, microseconds in entries:
        if address != PROBE_ADDRESS:
            server_times[kind_of(method, path)].append(int(microseconds) / 1000)

    print("Milliseconds as the browsers saw them (locust), then from start to end in gunicorn (access log):")
    print(
        f"{'kind':<10} {'requests':>9} {'failures':>9} {'req/s':>7} {'p50':>7} {'p99':>7}"
        f" {'server p50':>11} {'server p99':>11}"
    )
    for kind in [*KINDS, "all"]:
        times = run["times"].get(kind, []) if kind != "all" else sum(run["times"].values(), [])
        server = server_times[kind] if kind != "all" else sum((server_times[k] for k in KINDS), [])
        failed = sum(n for key, n in run["failures"].items() if kind == "all" or key.startswith(kind + ":"))
        print(
            f"{kind:<10} {len(times):>9} {failed:>9} {len(times) / run['seconds']:>7.1f}"
            f" {percentile(times, 50):>7.1f} {percentile(times, 99):>7.1f}"
            f" {percentile(server, 50):>11.1f} {percentile(server, 99):>11.1f}"
        )
    for failure, n in sorted(run["failures"].items()):
        print(f"  failed: {n} x {failure}")
    if run["failures"]:
        problems.append(f"{sum(run['failures'].values())} requests failed")

    deliberate = [e for e in entries if e[0] == "429" and e[1] == PROBE_ADDRESS]
    errors = Counter(e[0] for e in entries if not e[0].startswith(("2", "3")) and e not in deliberate)
    print(
        f"Requests served (gunicorn access log): {len(entries)}; not 2xx/3xx: {len(deliberate)} deliberate"
        f" (the rate-limit probe's 429), {sum(errors.values())} errors"
        + (f" ({', '.join(f'{n} x {status}' for status, n in sorted(errors.items()))})" if errors else "")
    )
    if errors:
        problems.append(f"{sum(errors.values())} error responses in the access log")

    submissions = read_lines(args.accepted)
    accepted = {s["reference"]: s["email"] for s in submissions}
    stored = list(ConsultationRequest.objects.values_list("reference", flat=True))
    print(f"Submissions accepted (302 to the thanks page): {len(submissions)}, incl. the probe's")
    print(f"Rows stored (ConsultationRequest): {len(stored)}")
    if len(accepted) != len(submissions) or set(stored) != set(accepted) or len(stored) != len(submissions):
        problems.append("the accepted and the stored requests do not match one to one")

    staff = sorted(NoticeRecipient.objects.for_location(None))
    mail = read_lines(args.mail_record)
    notices = Counter(m["reference"] for m in mail if m["to"] == staff)
    acknowledgements = Counter(m["reference"] for m in mail if m["to"] != staff)
    misaddressed = sum(1 for m in mail if m["to"] != staff and m["to"] != [accepted.get(m["reference"])])
    print(f"Messages received at the sink: {len(mail)}")
    print(
        f"Staff notices (to {', '.join(staff)}): {sum(notices.values())};"
        f" per reference: {per_reference(notices, set(accepted))}"
    )
    print(
        f"Patient acknowledgements: {sum(acknowledgements.values())};"
        f" per reference: {per_reference(acknowledgements, set(accepted))}; {misaddressed} to a wrong address"
    )
    for name, counts in (("staff notices", notices), ("acknowledgements", acknowledgements)):
        if counts != Counter(set(accepted)):
            problems.append(f"{name} are not one per accepted request")
    if misaddressed:
        problems.append(f"{misaddressed} acknowledgements to a wrong address")

    retried = Notification.objects.filter(attempts__gt=1).count()
    failed_tasks = DBTaskResult.objects.filter(status=TaskResultStatus.FAILED).count()
    if drained is None:
        unsent = Notification.objects.exclude(status=Notification.Status.SENT).count()
        print(f"Task worker: not done after {args.drain_timeout} s, {unsent} emails unsent")
        problems.append("the worker did not send every email in time")
    else:
        delays = [
            (sent - created).total_seconds()
            for sent, created in Notification.objects.filter(kind=Notification.Kind.STAFF_NOTICE).values_list(
                "sent_at", "consultation_request__created_at"
            )
        ]
        print(
            f"Task worker: every email sent {drained:.1f} s after the load ended; retried: {retried}\n"
            f"Staff notice sent after the request was stored: p50 {percentile(delays, 50):.1f} s,"
            f" p99 {percentile(delays, 99):.1f} s"
        )
    if failed_tasks:
        problems.append(f"{failed_tasks} tasks failed")

    if problems:
        print("FAIL: " + "; ".join(problems))
        return 1
    print(f"OK: accepted = stored = staff notices = acknowledgements = {len(accepted)}, each exactly once")
    return 0


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    probe_parser = commands.add_parser("probe")
    probe_parser.add_argument("--base", required=True, help="gunicorn's address, http://127.0.0.1:PORT")
    probe_parser.add_argument("--accepted", required=True)
    report_parser = commands.add_parser("report")
    report_parser.add_argument("--requests", required=True, help="the locustfile's LOAD_REQUESTS")
    report_parser.add_argument("--access-log", required=True)
    report_parser.add_argument("--accepted", required=True)
    report_parser.add_argument("--mail-record", required=True)
    report_parser.add_argument("--drain-timeout", type=float, default=120)
    args = parser.parse_args()
    return probe(args) if args.command == "probe" else report(args)


if __name__ == "__main__":
    sys.exit(main())
