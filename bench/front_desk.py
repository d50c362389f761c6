"""Seed a million consultation requests and time the front desk's pages and queries (bench/front_desk).

Run by bench/front_desk with the production settings; DATABASE_URL must be a PostgreSQL database.
"""

import io
import os
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinic.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.db import connection, models, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import NoReverseMatch, reverse  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_otp import DEVICE_ID_SESSION_KEY  # noqa: E402
from django_otp.plugins.otp_totp.models import TOTPDevice  # noqa: E402

from consultations.business_hours import response_cutoff  # noqa: E402
from consultations.models import (  # noqa: E402
    INSURANCE_NOT_SURE_LABEL,
    REFERENCE_ALPHABET,
    REFERENCE_PREFIX,
    ConsultationRequest,
)
from consultations.search import digits_reversed, name_key  # noqa: E402
from procedures import clinic_content  # noqa: E402
from procedures.models import INSURANCE_NOT_SURE, Condition, Location, Procedure  # noqa: E402

ROWS = int(os.environ.get("BENCH_ROWS", 1_000_000))
REPEAT = int(os.environ.get("BENCH_REPEAT", 20))
EXPLAIN = os.environ.get("BENCH_EXPLAIN") == "1"
TABLE = ConsultationRequest._meta.db_table
INBOX = "admin:consultations_consultationrequest_changelist"

# The pages timed: (label, URL name or path, query). A name that does not resolve, or a page that answers
# 404, is skipped with a note.
# Add a page here, or at run time with BENCH_URLS="label=/path/ …".
PAGES = [
    ("inbox (default: open)", INBOX, {}),
    ("inbox, All", INBOX, {"status": "all"}),
    ("search: phone, last 4", INBOX, {"q": "{last4}"}),
    ("search: phone, last 7", INBOX, {"q": "{last7}"}),
    ("search: phone, as typed", INBOX, {"q": "{typed}"}),
    ("search: name, no accents", INBOX, {"q": "Ramirez"}),
    ("search: first and last name", INBOX, {"q": "jose ramirez"}),
    ("search: a common first name", INBOX, {"q": "maria"}),
    ("search: a two-letter name", INBOX, {"q": "li"}),
    ("search: email", INBOX, {"q": "{email}"}),
    ("search: reference", INBOX, {"q": "{reference}"}),
    ("search: reference, no prefix", INBOX, {"q": "{reference_short}"}),
    ("a request's page", "admin:consultations_consultationrequest_change", {"args": "{pk}"}),
    ("front-desk home (counts, queue page 1)", "admin:consultations_consultationrequest_home", {}),
    ("queue: overdue only", "admin:consultations_consultationrequest_home", {"show": "overdue"}),
    ("work mode: next (claims a request)", "admin:consultations_consultationrequest_work_next", {}),
]

FIRST_NAMES = (
    "José María Jesús Martín Sofía Inés Ramón Andrés Raúl Lucía Ángel Rocío Adrián Nicolás Mónica Verónica "
    "Carlos Juan Luis Ana Maria Jose David Daniel Michael Sarah Jennifer Linda Robert James Mary Patricia "
    "Minh Thi Wei Li Jin Min-jun Seo-yeon Hiroshi Yuki Arman Narek Ani Tigran Priya Aarav Olga Dmitri"
).split()
LAST_NAMES = (
    "Ramírez García Hernández López González Pérez Sánchez Rodríguez Martínez Flores Gómez Díaz Reyes "
    "Cruz Morales Ortiz Gutiérrez Chávez Ruiz Álvarez Castillo Jiménez Vásquez Romero Herrera Medina "
    "Aguilar Vargas Guzmán Méndez Muñoz Nguyen Tran Le Pham Kim Lee Park Choi Chen Wang Zhang Liu Li "
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin "
    "Thompson White Harris Clark Lewis Robinson Walker Young Allen Wright Scott Green Baker Adams Nelson "
    "Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Torres Parker Collins Edwards Stewart "
    "Cohen Levy Friedman Katz Shapiro Hakobyan Petrosyan Sargsyan Grigoryan O'Brien O'Connor Murphy "
    "Sullivan Kelly Nakamura Tanaka Suzuki Sato Patel Shah Singh Kumar Ivanov Petrov Novak Rossi Russo"
).split()
SYLLABLES = (
    "ba be bo ca co da de di do fa fe ga go ha ka ki ko la le lo ma me mi mo na ne ni no pa "
    "pe ra re ri ro sa se si so ta te ti to va ve vi ya yo za ze zo"
).split()
AREA_CODES = ["310", "323", "213", "818", "626", "562", "424", "747", "661", "714"]
# (key, label) as the form stores them: the seed's insurance groups, and "Not sure".
INSURANCE = [(group["key"], group["name"]) for group in clinic_content.INSURANCE_GROUPS] + [
    (INSURANCE_NOT_SURE, INSURANCE_NOT_SURE_LABEL)
]


def reference(n: int) -> str:
    """The n-th reference of a fixed shuffle of all of them: unique, and spread like random ones."""
    size = len(REFERENCE_ALPHABET) ** 5
    n = (n * 7_368_787 + 1_234_567) % size  # 7368787 is prime and does not divide 29**5
    chars = []
    for _ in range(5):
        n, digit = divmod(n, len(REFERENCE_ALPHABET))
        chars.append(REFERENCE_ALPHABET[digit])
    return REFERENCE_PREFIX + "".join(chars)


def seeded_rows(rows: int, now, locations, procedures, conditions):
    """Yield each request's columns, oldest first, as COPY's text format reads them."""
    rng = random.Random(10)
    start = now - timedelta(days=3 * 365)
    span = (now - start).total_seconds()
    # Half the names are common ones (about 0.4 % of requests each), half rarer made-up ones.
    synthetic = ["".join(rng.choices(SYLLABLES, k=3)).title() for _ in range(8000)]
    earlier_phones = []
    for i in range(rows):
        created = start + timedelta(seconds=span * i / rows + rng.random())
        age = now - created
        # About 3 % open: most of the last month's, a few stragglers over the three years.
        open_share = 0.8 if age < timedelta(days=30) else 0.0075
        if rng.random() < open_share:
            status = rng.choices(["new", "attempted", "contacted"], [50, 35, 15])[0]
        else:
            status = "spam" if rng.random() < 0.08 else "closed"
        anonymized = status in ("closed", "spam") and age > timedelta(days=2 * 365) and rng.random() < 0.5
        urgent = rng.random() < 0.02
        first = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES) if rng.random() < 0.5 else rng.choice(synthetic)
        if earlier_phones and rng.random() < 0.1:
            phone = rng.choice(earlier_phones)  # a returning patient
        else:
            phone = f"+1{rng.choice(AREA_CODES)}{rng.randrange(200, 1000)}{rng.randrange(10000):04d}"
            if len(earlier_phones) < 50_000:
                earlier_phones.append(phone)
        email = f"{name_key(first).replace(' ', '')}.{name_key(last).replace(' ', '')}{i % 997}@example.com"
        email = email if rng.random() < 0.7 else ""
        responded = attempted_count = reached = callback = None
        attempts = 0
        if status != "new" and status != "spam":
            responded = created + timedelta(minutes=rng.randrange(5, 3000))
            attempts = rng.randrange(1, 4)
        if status in ("contacted", "closed"):
            reached = responded
        if status == "attempted" and rng.random() < 0.4:
            callback = now + timedelta(hours=rng.uniform(-48, 72))
        if status == "contacted" and rng.random() < 0.3:
            callback = now + timedelta(hours=rng.uniform(-24, 72))
        attempted_count = attempts
        if anonymized:
            first = last = phone = email = ""
        yield [
            reference(i),
            first,
            last,
            phone,
            email,
            "phone",
            "any",
            str(rng.choice(locations)) if locations else r"\N",
            str(rng.choice(procedures)) if procedures and rng.random() < 0.5 else r"\N",
            str(rng.choice(conditions)) if conditions and rng.random() < 0.3 else r"\N",
            *rng.choice(INSURANCE),
            "" if anonymized else "Low back pain for months, worse when sitting.",
            "",
            "/consultation/",
            created.isoformat(),
            status,
            "t" if urgent else "f",
            "" if anonymized or not urgent else "new weakness",
            responded.isoformat() if responded else r"\N",
            reached.isoformat() if reached else r"\N",
            str(attempted_count),
            str(attempts if status == "attempted" else 0),
            callback.isoformat() if callback else r"\N",
            (created + timedelta(days=730)).isoformat() if anonymized else r"\N",
            created.isoformat(),
            created.isoformat(),
            name_key(first, last),
            digits_reversed(phone),
        ]


COLUMNS = [
    "reference",
    "first_name",
    "last_name",
    "phone",
    "email",
    "contact_method",
    "best_time",
    "location_id",
    "procedure_id",
    "condition_id",
    "insurance",
    "insurance_label",
    "description",
    "heard_about",
    "source_path",
    "consented_at",
    "status",
    "is_urgent",
    "urgent_reasons",
    "first_responded_at",
    "first_reached_at",
    "attempt_count",
    "unanswered_attempts",
    "next_callback_at",
    "anonymized_at",
    "created_at",
    "updated_at",
    "name_key",
    "phone_digits_reversed",
]


def seed():
    """COPY the requests in, with the table's secondary indexes dropped meanwhile and built after."""
    now = timezone.now()
    locations = list(Location.objects.values_list("pk", flat=True))
    procedures = list(Procedure.objects.values_list("pk", flat=True))
    conditions = list(Condition.objects.values_list("pk", flat=True))
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s AND indexname NOT IN "
            "(SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass)",
            [TABLE, TABLE],
        )
        indexes = cursor.fetchall()
        for name, _ in indexes:
            cursor.execute(f'DROP INDEX "{name}"')
        copy = f"COPY {TABLE} ({', '.join(COLUMNS)}) FROM STDIN"
        batch = io.StringIO()
        for n, row in enumerate(seeded_rows(ROWS, now, locations, procedures, conditions), 1):
            batch.write("\t".join(row) + "\n")
            if n % 100_000 == 0 or n == ROWS:
                batch.seek(0)
                cursor.cursor.copy_expert(copy, batch)
                batch = io.StringIO()
                print(f"   {n:,} rows copied, {time.perf_counter() - started:.0f} s", flush=True)
        for _, definition in indexes:
            cursor.execute(definition)
        print(f"   {len(indexes)} indexes built, {time.perf_counter() - started:.0f} s", flush=True)
    with connection.cursor() as cursor:
        cursor.execute(f"VACUUM ANALYZE {TABLE}")
    print(f"   vacuumed and analyzed, {time.perf_counter() - started:.0f} s")


def front_desk_client() -> Client:
    """A front-desk member logged in with their second factor, as in production."""
    user, _ = get_user_model().objects.get_or_create(username="bench-front-desk", defaults={"is_staff": True})
    user.groups.add(Group.objects.get(name="Front desk"))
    device, _ = TOTPDevice.objects.get_or_create(user=user, name="bench", defaults={"confirmed": True})
    client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def sample_values() -> dict:
    """A request to search for: an older, closed one (a search looks beyond the open requests)."""
    sample = (
        ConsultationRequest.objects.filter(status="closed", anonymized_at__isnull=True)
        .exclude(email="")
        .exclude(phone="")
        .filter(pk__gt=ROWS // 3)
        .order_by("pk")
        .first()
    )
    national = sample.phone.as_e164.removeprefix("+1")
    return {
        "last4": national[-4:],
        "last7": f"{national[3:6]}-{national[6:]}",
        "typed": f"({national[:3]}) {national[3:6]}-{national[6:]}",
        "email": sample.email.upper(),
        "reference": sample.reference.lower(),
        "reference_short": sample.reference.removeprefix(REFERENCE_PREFIX),
        "pk": str(sample.pk),
    }


def milliseconds(timings):
    timings = sorted(timings)
    p95 = timings[min(len(timings) - 1, round(0.95 * len(timings)) - 1)]
    return statistics.median(timings) * 1000, p95 * 1000


def pages() -> list:
    extra = [entry.split("=", 1) for entry in os.environ.get("BENCH_URLS", "").split() if "=" in entry]
    return PAGES + [(label, path, {}) for label, path in extra]


def time_pages(client, values):
    print(f"== Pages: server time in ms over {REPEAT} requests each (after 2 untimed), in-process")
    print(f"{'page':34} {'median':>8} {'p95':>8}  status  URL")
    for label, name, query in pages():
        query = {key: value.format(**values) for key, value in query.items()}
        args = [query.pop("args")] if "args" in query else []
        try:
            path = name if name.startswith("/") else reverse(name, args=args)
        except NoReverseMatch:
            print(f"{label:34} {'-':>8} {'-':>8}  skipped: no URL named {name}")
            continue
        response = client.get(path, query)
        if response.status_code == 404:
            print(f"{label:34} {'-':>8} {'-':>8}  skipped: {path} answers 404")
            continue
        client.get(path, query)
        timings = []
        for _ in range(REPEAT):
            started = time.perf_counter()
            response = client.get(path, query)
            timings.append(time.perf_counter() - started)
        median, p95 = milliseconds(timings)
        shown = path + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")
        print(f"{label:34} {median:8.1f} {p95:8.1f}  {response.status_code:>6}  {shown}", flush=True)


def time_queries(user):
    """The queue's first 50 and the claim of the next request, as SQL, with the plan on request."""
    now = timezone.now()
    cutoff = response_cutoff(now)
    queue = ConsultationRequest.objects.queue(now=now, cutoff=cutoff)
    claimable = queue.claimable_by(user, now=now)
    locking = claimable.select_for_update(skip_locked=True, of=("self",))
    queries = [
        ("queue()[:50]", lambda: list(queue[:50])),
        ("queue().count()", lambda: queue.count()),
        ("claim next (FOR UPDATE SKIP LOCKED)", lambda: locking.first()),
        # The sort then holds ids, not whole rows: it stays in memory (see bench/README.md).
        ("claim next, its id only", lambda: list(locking.values_list("pk", flat=True)[:1])),
        ("queue()[:50] with_returning()", lambda: list(queue.with_returning()[:50])),
    ]
    if hasattr(ConsultationRequest.objects, "search"):  # absent before issue 10: a run on older code
        queries += [
            ("search('Ramirez')[:50]", lambda: list(ConsultationRequest.objects.search("Ramirez")[:50])),
            ("search(last 4)[:50]", lambda: list(ConsultationRequest.objects.search("0123")[:50])),
        ]
    print(f"== Queries: ms over {REPEAT} runs each (after 2 untimed)")
    print(f"{'query':34} {'median':>8} {'p95':>8}  rows")
    for label, run in queries:
        timings = []
        for attempt in range(REPEAT + 2):
            with transaction.atomic():
                started = time.perf_counter()
                result = run()
                elapsed = time.perf_counter() - started
            if attempt >= 2:
                timings.append(elapsed)
        median, p95 = milliseconds(timings)
        rows = result if isinstance(result, int) else len(result) if isinstance(result, list) else 1

        print(f"{label:34} {median:8.1f} {p95:8.1f}  {rows}", flush=True)
    if EXPLAIN:
        for label, qs in [
            ("queue()[:50]", queue[:50]),
            ("claim next", locking[:1]),
            ("claim next, its id only", locking.values("pk")[:1]),
            ("search('Ramirez')[:50]", ConsultationRequest.objects.search("Ramirez")[:50]),
            ("search(last 4)[:50]", ConsultationRequest.objects.search("0123")[:50]),
        ]:
            with transaction.atomic(), connection.cursor() as cursor:
                sql, params = qs.query.sql_with_params()
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
                print(f"-- {label}\n" + "\n".join(row[0] for row in cursor.fetchall()))


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main():
    load_at_start = load_average()
    if connection.vendor != "postgresql":
        sys.exit("bench/front_desk measures PostgreSQL: set DATABASE_URL=postgres://…")
    stored = ConsultationRequest.objects.count()
    if stored < ROWS:
        print(f"== Seeding {ROWS:,} requests with COPY ({stored:,} stored)")
        if stored:
            sys.exit("The database holds some requests but fewer than BENCH_ROWS: run with BENCH_FRESH=1.")
        seed()
    else:
        # Fresh statistics, as autovacuum keeps them in production: without those of an expression
        # index (lower(email)), the planner guesses 5,000 matches and walks the date index instead.
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {TABLE}")
    counts = dict(ConsultationRequest.objects.values_list("status").annotate(n=models.Count("pk")))
    total = sum(counts.values())
    open_share = sum(counts.get(s, 0) for s in ConsultationRequest.OPEN_STATUSES) / total
    shares = ", ".join(f"{status} {n:,}" for status, n in sorted(counts.items()))
    print(f"== {total:,} requests, {open_share:.1%} open: {shares}")
    client = front_desk_client()
    time_pages(client, sample_values())
    time_queries(get_user_model().objects.get(username="bench-front-desk"))
    print(f"Load average at the start: {load_at_start}; at the end: {load_average()}")


if __name__ == "__main__":
    main()
