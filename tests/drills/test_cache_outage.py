"""Drills: Redis, the shared cache, while patients use the site: an editor's save reaches every
gunicorn worker, and the site outlives Redis stopping or hanging.

The cache only saves work: pages must still render from the database, quickly, and the form must
still work. A Redis that was only unreachable comes back holding the pages it had: a change an
editor saved meanwhile must show all the same (clinic/cache.py).
"""

import subprocess
import sys
import time

from tests.processes import BASE_DIR
from tests.servers import wait_until

from .browser import Browser
from .conftest import submit

PAGE = "/procedures/lumbar-facet-injections/"
PAGES = ["/", "/procedures/", PAGE, "/conditions/"]
# Above the cache's timeouts (0.25 s to connect, 0.25 s to answer) plus rendering on a busy machine.
QUICK_SECONDS = 1.5


def page_title(port: int) -> str:
    response = Browser(port).get(PAGE)
    assert response.status == 200, response.status
    return response.heading


def edit_from_another_process(site_env, redis_url: str) -> None:
    """An editor's save, made by a process of its own, as on another app server."""
    edit = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v0", "-c", EDIT],
        cwd=BASE_DIR,
        env={**site_env, "REDIS_URL": redis_url},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert edit.returncode == 0, edit.stderr


def test_an_editors_save_on_another_server_reaches_every_worker_that_kept_the_page_in_memory(
    start_site, site_env, database, redis_server
):
    _, port = start_site(workers=2, REDIS_URL=redis_server.url)
    original = page_title(port)
    # Each request is a new connection, so both workers serve the page and keep it in memory.
    assert {page_title(port) for _ in range(20)} == {original}

    edit_from_another_process(site_env, redis_server.url)

    # Each worker trusts its copy for page_cache.LOCAL_COPY_SECONDS; the wait allows for a busy machine.
    wait_until(
        lambda: all(page_title(port) == "Lumbar facet injections (edited)" for _ in range(20)),
        timeout=15,
        message="every worker to show the edited page",
    )
    assert {page_title(port) for _ in range(20)} == {"Lumbar facet injections (edited)"}


def test_with_redis_stopped_pages_render_and_the_form_works_and_redis_is_used_again_on_return(
    start_site, database, redis_server
):
    _, port = start_site(REDIS_URL=redis_server.url)
    for path in PAGES:
        assert Browser(port).get(path).status == 200
    assert redis_server.key_count() > 0  # the pages are cached

    redis_server.stop()

    for path in PAGES:
        response = Browser(port).get(path)
        assert response.status == 200, (path, response.status)
        assert response.seconds < QUICK_SECONDS, (path, response.seconds)
    reference = submit(port, 1)
    assert database.references() == {reference}

    redis_server.start()  # empty, as after a crash

    wait_until(
        lambda: Browser(port).get(PAGE).status == 200 and redis_server.key_count() > 0,
        timeout=10,
        message="pages to be cached in Redis again",
    )
    assert submit(port, 2) in database.references()


def test_with_redis_hung_the_site_answers_and_an_editors_change_shows_once_redis_answers_again(
    start_site, site_env, database, redis_server
):
    # One gunicorn worker: the process that renders after the outage is one that saw it (see
    # docs/drills.md for what this means with several).
    _, port = start_site(workers=1, REDIS_URL=redis_server.url)
    original = page_title(port)
    assert page_title(port) == original  # now served from the cache

    redis_server.freeze()
    try:
        for path in PAGES:
            response = Browser(port).get(path)
            assert response.status == 200, (path, response.status)
            assert response.seconds < QUICK_SECONDS, (path, response.seconds)
        submit(port, 1)
        # An editor saves a change; invalidating the cached pages fails, the save must not.
        started = time.monotonic()
        edit_from_another_process(site_env, redis_server.url)
        assert time.monotonic() - started < 15
        assert page_title(port) == "Lumbar facet injections (edited)"
    finally:
        redis_server.thaw()

    # Redis still holds the page as it was before the edit; the site must not serve it.
    time.sleep(1.2)  # the cache's retry interval (clinic/cache.py RETRY_SECONDS)
    assert page_title(port) == "Lumbar facet injections (edited)"
    assert database.query("SELECT count(*) FROM consultations_consultationrequest") == [(1,)]


EDIT = f"""
from procedures.models import Procedure
procedure = Procedure.objects.get(slug={PAGE.split("/")[2]!r})
procedure.title = "Lumbar facet injections (edited)"
procedure.save()
"""
