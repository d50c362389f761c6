"""Drill: a rolling deploy of new code with a migration while 32 clients use the site through nginx.

The deploy as README's "Production stack" describes it: the new release's migration first (it only
adds, so the release still serving is unaffected), then each app server in turn restarted gracefully
onto the new code (gunicorn HUP: new workers start, the old ones finish their requests, the listening
socket stays open throughout), then each task worker in turn (the new one started, then the old one
stopped with TERM, which lets it finish the email in hand). The new code is
tests/drills/new_release: the site plus an app with a migration, as a gunicorn configuration file
read again on HUP gives it to the new workers.
"""

import functools
import signal
import time
from collections import Counter

import redis

from deploy.stack import children, workers_replaced
from tests.processes import run_python
from tests.servers import wait_until

from .conftest import healthy, write_release
from .load import Load

NEW_RELEASE = {"RELEASE_ID": "drill-2", "DJANGO_SETTINGS_MODULE": "tests.drills.new_release.settings"}


def test_a_rolling_deploy_with_a_migration_under_load_fails_no_page_load_and_sends_every_notice_once(
    start_stack, start_worker, site_env, redis_server, mail_server, database, drill_figures
):
    mail_server.start()
    stack = start_stack()
    new_settings = {**NEW_RELEASE, "REDIS_URL": redis_server.url}
    steps = []

    with Load(stack) as load:
        time.sleep(2)
        began = time.monotonic()
        migrate = run_python("manage.py", "migrate", "--noinput", env={**site_env, **new_settings})
        assert migrate.returncode == 0, migrate.stderr
        steps.append(f"migrate {time.monotonic() - began:.1f} s")

        for server, port, config in zip(stack.app_servers, stack.app_ports, stack.app_configs, strict=True):
            began, old_workers = time.monotonic(), children(server.pid)
            write_release(config, NEW_RELEASE)
            server.popen.send_signal(signal.SIGHUP)
            wait_until(
                functools.partial(workers_replaced, server.pid, old_workers),
                timeout=60,
                message=f"gunicorn on {port} to replace its workers",
            )
            # Its new workers answer before the next server restarts.
            wait_until(functools.partial(healthy, port), timeout=30, message=f"gunicorn on {port}")
            steps.append(f"app server {port} {time.monotonic() - began:.1f} s")

        for old in list(stack.workers):
            began = time.monotonic()
            start_worker(**new_settings)
            old.popen.terminate()
            assert old.popen.wait(timeout=60) == 0
            steps.append(f"task worker {time.monotonic() - began:.1f} s")
        time.sleep(2)

    references = dict(database.query("SELECT email, reference FROM consultations_consultationrequest"))
    emails = database.query("SELECT email FROM consultations_consultationrequest")
    stored = Counter(email for (email,) in emails)
    drill_figures(f"{load.summary()}; deploy steps: {', '.join(steps)}; {len(stored)} requests stored")

    # Nobody saw an error: every page load answered 200 and every send was accepted at once.
    assert load.failed_page_loads() == []
    assert load.errors == []
    # The load ran (a busy machine slows it, hence the low bounds).
    assert len(load.page_loads) > 50 and len(load.sends) >= 8
    assert all(send.status == 302 and not send.failures for send in load.sends)
    # Each stored once, under the reference its patient was shown.
    assert {f"patient{send.number}@example.org": send.reference for send in load.sends} == references
    assert set(stored.values()) == {1}
    # The new release's migration is applied, and its code serves pages (cached under its release).
    assert database.query("SELECT count(*) FROM django_migrations WHERE app = 'new_release'") == [(1,)]
    assert redis.Redis(port=redis_server.port).keys("*:drill-2:*")

    kinds = ("notice", "acknowledgement")
    expected = {(reference, kind): 1 for reference in references.values() for kind in kinds}
    wait_until(
        lambda: mail_server.inbox.count_per_reference() == expected,
        timeout=60,
        message="every request's notice and acknowledgement",
    )
    time.sleep(2)  # a notice sent twice would have arrived by now
    assert mail_server.inbox.count_per_reference() == expected
