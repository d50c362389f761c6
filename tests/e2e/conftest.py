"""Browser tests: Playwright for Python drives Debian's Chromium against pytest-django's live server.

Playwright must never download a browser of its own; it launches /usr/bin/chromium (apt-get install
chromium). On a developer machine without it these tests are skipped with one reason; in CI (CI=true)
a missing browser is a failure.
"""

import os
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections
from playwright.sync_api import sync_playwright

# The real SMTP server on loopback, its notice recipients and the real worker, shared with the
# consultations tests.
from tests.consultations.conftest import recipients, run_worker, smtp_server  # noqa: F401
from tests.factories import EditorFactory, FrontDeskFactory

from .staff import with_password

CHROMIUM = Path("/usr/bin/chromium")
SKIP_REASON = (
    f"Browser tests skipped: {CHROMIUM} is not installed (apt-get install chromium). "
    "In CI (CI=true) a missing browser fails the run instead."
)
# As root Chromium refuses to start without --no-sandbox; the rest keep it off the network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
PHONE = {
    "viewport": {"width": 375, "height": 812},
    "is_mobile": True,
    "has_touch": True,
    "device_scale_factor": 2,
}


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists() or os.environ.get("CI"):
        return
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


def pytest_terminal_summary(terminalreporter):
    if not CHROMIUM.exists() and not os.environ.get("CI"):
        terminalreporter.write_line(SKIP_REASON, yellow=True, bold=True)


@pytest.fixture(scope="package")
def browser():
    """One Chromium for all browser tests, closed when they are done."""
    if not CHROMIUM.exists():
        pytest.fail(f"CI=true and {CHROMIUM} is missing: .ci/run must apt-get install chromium.")
    # Playwright's sync API keeps an asyncio loop running in this thread, and Django refuses ORM
    # calls while one runs. The tests' own ORM calls are synchronous, so allow them, only while
    # the browser (and its loop) lives: package scope ends both before the other tests run.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    serialized = {
        db.alias: db._test_serialized_contents
        for db in connections.all()
        if hasattr(db, "_test_serialized_contents")
    }
    try:
        with sync_playwright() as playwright:
            # With a loop running, Django keeps connections per asyncio context instead of per thread,
            # so the tests get new connection objects: hand them the database as migrations left it
            # (groups, sites), which serialized_rollback restores before each test.
            for alias, contents in serialized.items():
                connections[alias]._test_serialized_contents = contents
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture(autouse=True)
def empty_cache(transactional_db):
    """Start each browser test with an empty shared cache: no page or rate-limit count from an earlier one."""
    cache.clear()


@pytest.fixture
def new_tab(browser, live_server):
    """Open a tab in a browser context of its own (its own cookies) pointed at the live server."""
    contexts = []

    def new_tab(options=DESKTOP):
        context = browser.new_context(base_url=live_server.url, **options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield new_tab
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_tab):
    """A desktop browser tab, 1280 px wide."""
    return new_tab(DESKTOP)


@pytest.fixture
def phone_page(new_tab):
    """A tab on a 375 × 812 touch screen, the size of a small phone."""
    return new_tab(PHONE)


@pytest.fixture
def visitor(new_tab):
    """An anonymous visitor's tab, beside a staff member's: no session, served from the page cache."""
    return new_tab(DESKTOP)


@pytest.fixture
def clinic_content(transactional_db):
    """The clinic's real pages, clinic details and location, as `make run` loads them."""
    call_command("load_clinic_content", verbosity=0)


@pytest.fixture
def editor(transactional_db):
    """A member of the Editors group (created by a migration) who can log in with staff.PASSWORD."""
    return with_password(EditorFactory())


@pytest.fixture
def front_desk(transactional_db):
    """A member of the Front desk group (created by a migration) who can log in with staff.PASSWORD."""
    return with_password(FrontDeskFactory())
