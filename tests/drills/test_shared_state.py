"""Drills: what the two app servers share (Redis and PostgreSQL), and the client's address they count.

The rate limit and the login lockout must hold whichever server a request reaches; an editor's save
must reach pages served by either server and by nginx's micro-cache within about a second. The
address they count is the one nginx saw (it replaces X-Forwarded-For with it); a client reaching
gunicorn without nginx is counted by its own address, whatever header it forges.
"""

import subprocess
import sys
import time

from tests.processes import BASE_DIR, run_with_django

from .browser import Browser, hidden_fields, patient
from .conftest import FILL_SECONDS

PAGE = "/procedures/lumbar-facet-injections/"
EDITED_TITLE = "Lumbar facet injections (edited)"
# Not the trusted proxy (TRUSTED_PROXIES is 127.0.0.1), yet on this machine: a client that reached
# gunicorn without passing through nginx.
OUTSIDER = "127.0.0.2"


def send_forms(browsers: list[Browser]) -> list[int]:
    """Each browser opens the form; a second later each sends it, in order. Return the statuses."""
    pages = [browser.open_form() for browser in browsers]
    time.sleep(FILL_SECONDS)
    return [
        browser.send_form(hidden, patient(number)).status
        for number, (browser, (_, hidden)) in enumerate(zip(browsers, pages, strict=True))
    ]


def test_the_rate_limit_holds_across_both_app_servers_and_counts_the_address_nginx_saw(start_stack):
    # No task worker: no email is looked at here.
    stack = start_stack(task_workers=0, CONSULTATION_RATE_LIMIT="3")
    first, second = stack.app_ports

    # As nginx sends them: one client's address, its requests spread over both servers.
    ports = [first, second, first, second, first]
    assert send_forms([Browser(port, address="198.18.7.7") for port in ports]) == [302, 302, 302, 429, 429]

    # Through nginx, each send forging another X-Forwarded-For: nginx replaces it with the address
    # it saw (127.0.0.1 here), so the fourth send is refused all the same.
    assert send_forms([stack.browser(number) for number in range(4)]) == [302, 302, 302, 429]

    # Straight to gunicorn from an address that is not the proxy's, forging the header: counted by
    # the connection's address, so forging gains nothing either.
    outsiders = [Browser(second, address=f"198.18.8.{n}", source=OUTSIDER) for n in range(4)]
    assert send_forms(outsiders) == [302, 302, 302, 429]


LOGIN = "/admin/login/"
USERNAME, PASSWORD = "drill-editor", "a long enough password for the drill"


def log_in(browser: Browser, password: str) -> int:
    page = browser.get(LOGIN)
    assert page.status == 200, page.status
    return browser.request(
        "POST", LOGIN, {**hidden_fields(page), "username": USERNAME, "password": password}
    ).status


def test_the_login_lockout_holds_across_both_app_servers_and_records_the_address_nginx_saw(
    start_stack, site_env, database
):
    created = run_with_django(
        "from django.contrib.auth import get_user_model\n"
        f"get_user_model().objects.create_user({USERNAME!r}, password={PASSWORD!r}, is_staff=True)\n",
        env=site_env,
    )
    assert created.returncode == 0, created.stderr
    stack = start_stack(task_workers=0, STAFF_LOGIN_FAILURE_LIMIT="3", STAFF_REQUIRE_2FA="false")
    first, second = stack.app_ports

    # A wrong password through nginx (forging X-Forwarded-For), one straight to each server: one as
    # nginx sends it, one from an outsider forging the header.
    assert log_in(stack.browser(1), "wrong") == 200
    assert log_in(Browser(first, address="198.18.9.9"), "wrong") == 200
    # The third failure reaches the limit: answered with the lockout page.
    assert log_in(Browser(second, address="203.0.113.99", source=OUTSIDER), "wrong") == 429

    # The username is locked on both servers and through nginx, even with the right password.
    assert log_in(Browser(first, address="198.18.9.9"), PASSWORD) == 429
    assert log_in(Browser(second, address="198.18.9.9"), PASSWORD) == 429
    assert log_in(stack.browser(2), PASSWORD) == 429
    # The failures were recorded with the address nginx saw, the one a proxy vouched for, and the
    # outsider's own: never a forged one.
    recorded = database.query("SELECT DISTINCT ip_address FROM axes_accessattempt")
    assert set(recorded) == {("127.0.0.1",), ("198.18.9.9",), (OUTSIDER,)}


SAVE = f"""
import subprocess
import sys
import time
from procedures.models import Procedure
procedure = Procedure.objects.get(slug={PAGE.split("/")[2]!r})
procedure.title = {EDITED_TITLE!r}
procedure.save()
print(time.time())
"""


def test_an_editors_save_reaches_both_app_servers_and_nginx_within_about_a_second(
    start_stack, site_env, redis_server, drill_figures
):
    stack = start_stack(task_workers=0)
    viewers = {
        "nginx": stack.browser(),
        **{f"gunicorn {port}": Browser(port) for port in stack.app_ports},
    }
    # Every viewer has the page cached: nginx's copy, each server's workers' copies in memory.
    original = viewers["nginx"].get(PAGE).heading
    for _ in range(10):
        assert {browser.get(PAGE).heading for browser in viewers.values()} == {original}

    # The save runs in a process of its own (as on a third server) while every viewer is asked in
    # turn, until each shows the edit: the delays count from the moment the save returned.
    save = subprocess.Popen(
        [sys.executable, "-c", "import django; django.setup()\n" + SAVE],
        cwd=BASE_DIR,
        env={**site_env, "REDIS_URL": redis_server.url},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen_at, deadline = {}, time.monotonic() + 30
    while len(seen_at) < len(viewers) and time.monotonic() < deadline:
        for name, browser in viewers.items():
            if name not in seen_at and browser.get(PAGE).heading == EDITED_TITLE:
                seen_at[name] = time.time()
        time.sleep(0.02)
    output, errors = save.communicate(timeout=30)
    assert save.returncode == 0, errors
    saved_at = float(output.split()[-1])
    delays = {name: seen - saved_at for name, seen in seen_at.items()}
    drill_figures(
        "edited page seen "
        + ", ".join(f"through {name} {seconds:.2f} s" for name, seconds in delays.items())
        + " after the save"
    )
    assert set(delays) == set(viewers), f"still showing the old page: {set(viewers) - set(delays)}"
    # nginx keeps a page a second, from a worker that trusts its copy for a second: two at worst,
    # with room for a busy machine.
    assert max(delays.values()) < 3.5
    # And it stays edited: no viewer goes back to an old copy.
    for _ in range(5):
        assert {browser.get(PAGE).heading for browser in viewers.values()} == {EDITED_TITLE}
