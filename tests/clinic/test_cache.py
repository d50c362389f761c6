"""The Redis cache backend keeps the site working when Redis is down or hung (clinic/cache.py).

With a real redis-py against a port nothing listens on, and a real Redis of the test's own that it
hangs (SIGSTOP) and lets go again (SIGCONT).
"""

import json
import logging
import time

import pytest
from django.conf import settings
from django.core.cache import cache
from redis import Redis

from clinic.cache import RETRY_SECONDS, CacheUnavailable, reconnected
from consultations import spam
from procedures import page_cache
from tests.factories import ProcedureFactory
from tests.processes import hermetic_environment, run_with_django
from tests.servers import RedisServer, free_port


def redis_cache_settings(url: str) -> dict:
    """Both caches in one Redis, as clinic/settings.py sets them for REDIS_URL."""
    return {
        alias: {"BACKEND": "clinic.cache.RedisCache", "LOCATION": url, "KEY_PREFIX": prefix}
        for alias, prefix in (("default", "clinic_tests"), ("pages", "clinic_tests-pages"))
    }


@pytest.fixture
def redis_down(settings):
    """The default cache is Redis at an address where nothing answers."""
    settings.CACHES = redis_cache_settings(f"redis://127.0.0.1:{free_port(56300)}/0")


@pytest.fixture
def redis_cache(settings):
    server = RedisServer()
    server.start()
    settings.CACHES = redis_cache_settings(server.url)
    yield server
    server.thaw()
    server.stop()


def test_with_redis_down_reads_are_misses_and_writes_are_dropped_without_an_error(redis_down):
    assert cache.get("key", "default") == "default"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.has_key("key") is False
    assert cache.set("key", 1) is None
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
    assert cache.touch("key") is False
    assert cache.delete("key") is False
    assert cache.delete_many(["a", "b"]) is None


def test_with_redis_down_add_and_incr_raise_for_the_caller_to_decide(redis_down):
    with pytest.raises(CacheUnavailable):
        cache.add("key", 1)
    with pytest.raises(CacheUnavailable):
        cache.incr("key")


def test_with_redis_down_an_editors_save_of_a_page_does_not_fail(redis_down):
    generation = page_cache.invalidate_all()

    assert generation


def test_a_hung_redis_costs_one_short_timeout_then_is_left_alone_for_a_while(redis_cache):
    """Runs the production cache settings (REDIS_URL) in a separate process against a hung Redis."""
    redis_cache.freeze()
    env = hermetic_environment(DJANGO_DEBUG="true", REDIS_URL=redis_cache.url)
    script = (
        "import json, time\n"
        "from django.core.cache import cache\n"
        "timings = []\n"
        "for _ in range(20):\n"
        "    started = time.monotonic()\n"
        "    cache.get('page')\n"
        "    timings.append(time.monotonic() - started)\n"
        "print(json.dumps(timings))\n"
    )

    result = run_with_django(script, env)

    assert result.returncode == 0, result.stderr
    first, *rest = json.loads(result.stdout.strip().splitlines()[-1])
    assert 0.2 < first < 1  # the 0.25 s timeout, not redis-py's default of none
    assert sum(rest) < 0.05  # within RETRY_SECONDS nothing waits on Redis


def test_once_redis_answers_again_pages_cached_before_an_edit_made_meanwhile_are_not_served(redis_cache, db):
    heard = []

    def listener(**kwargs):
        heard.append(kwargs)

    reconnected.connect(listener)
    _, generation = page_cache.lookup("/", gzipped=False)
    page_cache.store("/", generation=generation, status=200, headers={}, body=b"old", timeout=60)
    assert page_cache.lookup("/", gzipped=False)[0].body == b"old"

    redis_cache.freeze()
    page_cache.lookup("/", gzipped=False)  # a visitor's request times out
    page_cache.invalidate_all()  # an editor's save while Redis hangs: never reaches it
    redis_cache.thaw()
    time.sleep(RETRY_SECONDS)
    page, _ = page_cache.lookup("/", gzipped=False)

    assert page is None
    assert len(heard) == 1


# The database cache (the default without REDIS_URL), as the tests' settings configure it.

ADDRESS_AT_ITS_LIMIT = "0.0.0.1"  # sorts before the others: Django culls a third of the keys, in key order


def use_up_the_rate_limit(address: str) -> None:
    for _ in range(settings.CONSULTATION_RATE_LIMIT):
        assert spam.allow_submission(address)
    assert not spam.allow_submission(address)


def test_the_rate_limit_still_holds_after_hundreds_of_other_addresses_sent_the_form(db):
    use_up_the_rate_limit(ADDRESS_AT_ITS_LIMIT)

    for n in range(400):
        spam.allow_submission(f"10.0.{n // 256}.{n % 256}")

    assert not spam.allow_submission(ADDRESS_AT_ITS_LIMIT)


def test_many_cached_pages_never_cull_the_rate_limit_counters_or_the_page_cache_generation(db):
    use_up_the_rate_limit(ADDRESS_AT_ITS_LIMIT)
    generation = page_cache.invalidate_all()

    for n in range(200):
        page_cache.store(f"/page-{n}/", generation=generation, status=200, headers={}, body=b"x", timeout=60)

    assert not spam.allow_submission(ADDRESS_AT_ITS_LIMIT)
    assert cache.get(page_cache.GENERATION_KEY) == generation


def test_a_page_that_redis_refuses_to_store_is_still_sent_and_one_warning_is_logged(
    redis_cache, db, client, caplog
):
    """A full Redis that evicts nothing answers every write with an error, which is not an outage."""
    url = ProcedureFactory(title="Lumbar Facet Injections").get_absolute_url()
    redis = Redis.from_url(redis_cache.url)
    redis.config_set("maxmemory-policy", "noeviction")
    redis.config_set("maxmemory", 1)

    with caplog.at_level(logging.WARNING, logger="procedures.middleware"):
        response = client.get(url)

    assert response.status_code == 200
    assert b"Lumbar Facet Injections" in response.content
    [record] = [record for record in caplog.records if record.name == "procedures.middleware"]
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert "OutOfMemoryError" in record.getMessage()
