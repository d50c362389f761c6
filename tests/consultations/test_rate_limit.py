"""The per-address rate limit holds across processes, because it lives in the shared cache, and a client
cannot escape it by claiming another address."""

import json
import subprocess
import sys
import time

import pytest
from django.db import connection

from consultations.models import ConsultationRequest
from tests.processes import BASE_DIR, hermetic_environment, run_with_django
from tests.servers import free_port
from tests.submissions import FORM_URL, from_a_page_of_its_own

pytestmark = pytest.mark.django_db(transaction=True)


def attempts_script(address: str, count: int, start_at: float = 0.0) -> str:
    return (
        "import json, time\n"
        "from consultations import spam\n"
        f"time.sleep(max(0, {start_at} - time.time()))\n"
        f"print(json.dumps([spam.allow_submission({address!r}) for _ in range({count})]))\n"
    )


def last_line_json(output: str):
    return json.loads(output.strip().splitlines()[-1])


@pytest.fixture
def shared_cache_env(tmp_path):
    """Settings for other processes that share this test's cache: its PostgreSQL test database, or
    an SQLite file when the tests run on SQLite in memory (which no other process can open)."""
    if connection.vendor == "sqlite":
        database_url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    else:
        db = connection.settings_dict
        database_url = f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    env = hermetic_environment(
        DJANGO_DEBUG="true", DATABASE_URL=database_url, REDIS_URL="", CONSULTATION_RATE_LIMIT="5"
    )
    created = run_with_django(
        "from django.core.management import call_command\ncall_command('createcachetable')", env
    )
    assert created.returncode == 0, created.stderr
    return env


def attempts(env, address: str, count: int) -> list[bool]:
    done = run_with_django(attempts_script(address, count), env)
    assert done.returncode == 0, done.stderr
    return last_line_json(done.stdout)


def test_submissions_counted_in_one_process_count_in_another(shared_cache_env):
    assert attempts(shared_cache_env, "203.0.113.9", 3) == [True, True, True]
    assert attempts(shared_cache_env, "203.0.113.9", 3) == [True, True, False]


def test_two_processes_racing_never_get_past_the_limit_together(shared_cache_env):
    script = "import django; django.setup()\n" + attempts_script("198.51.100.1", 20, start_at=time.time() + 4)
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", script],
            env=shared_cache_env,
            cwd=BASE_DIR,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [last_line_json(racer.communicate(timeout=120)[0]) for racer in racers]

    allowed = sum(result.count(True) for result in results)
    assert 1 <= allowed <= 5


def test_with_redis_unreachable_the_limit_lets_patients_through_rather_than_turn_them_away():
    """Runs the Redis configuration (REDIS_URL) in a separate process, at an address where nothing answers."""
    env = hermetic_environment(
        DJANGO_DEBUG="true", REDIS_URL=f"redis://127.0.0.1:{free_port(56300)}/0", CONSULTATION_RATE_LIMIT="5"
    )

    done = run_with_django(attempts_script("203.0.113.7", 8), env)

    assert done.returncode == 0, done.stderr
    assert last_line_json(done.stdout) == [True] * 8
    assert "Rate limit not applied: the cache is unavailable" in done.stderr


def test_reached_directly_a_new_forged_forwarded_address_each_time_does_not_escape_the_limit(
    client, clinic, valid_data, settings
):
    settings.TRUSTED_PROXIES = []

    statuses = [
        client.post(
            FORM_URL,
            from_a_page_of_its_own(valid_data),
            REMOTE_ADDR="198.51.100.7",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n}",
        ).status_code
        for n in range(7)
    ]

    assert statuses == [302] * 5 + [429] * 2
    assert ConsultationRequest.objects.count() == 5


def test_clients_reached_directly_without_the_header_do_not_share_one_limit(
    client, clinic, valid_data, settings
):
    settings.TRUSTED_PROXIES = []
    settings.CONSULTATION_RATE_LIMIT = 1

    first = client.post(FORM_URL, valid_data, REMOTE_ADDR="198.51.100.7")
    second = client.post(FORM_URL, valid_data, REMOTE_ADDR="198.51.100.8")

    assert (first.status_code, second.status_code) == (302, 302)


def test_behind_the_trusted_proxy_each_patient_has_a_limit_of_their_own(client, clinic, valid_data, settings):
    """nginx (a second issue ships its configuration) overwrites X-Forwarded-For with $remote_addr."""
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    settings.CONSULTATION_RATE_LIMIT = 1

    def through_nginx(patient_address):
        return client.post(
            FORM_URL, valid_data, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=patient_address
        ).status_code

    assert [through_nginx("198.51.100.7"), through_nginx("198.51.100.7")] == [302, 429]
    assert through_nginx("198.51.100.8") == 302
