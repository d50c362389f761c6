"""Browser tests: Playwright for Python drives Debian's Chromium against pytest-django's live server.

Playwright must never download a browser of its own; it launches /usr/bin/chromium (apt-get install
chromium). On a developer machine without it these tests are skipped with one reason; in CI (CI=true)
a missing browser is a failure.
"""

import os
from importlib import import_module
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db.migrations.loader import MigrationLoader
from playwright.sync_api import sync_playwright

from tests.factories import EditorFactory, FrontDeskFactory, MedicalReviewerFactory

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
STAFF_GROUP_MIGRATIONS = [
    ("procedures.migrations.0002_editors_group", "create_editors_group"),
    # Gives Editors the physician permissions and makes the Medical reviewers group.
    ("procedures.migrations.0006_medical_reviewers_group", "create_medical_reviewers_group"),
    # Gives Editors the image library.
    ("procedures.migrations.0009_images", "editors_image_permissions_add"),
    # Gives Editors the insurance groups and plans.
    ("procedures.migrations.0012_insurance", "editors_insurance_permissions_add"),
    ("consultations.migrations.0002_front_desk_group", "create_front_desk_group"),
    # Medical reviewers, and the Editors' right to publish.
    ("procedures.migrations.0006_medical_reviewers_group", "create_medical_reviewers_group"),
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
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture(autouse=True)
def empty_cache(transactional_db):
    """Start each browser test with an empty shared cache: no page or rate-limit count from an earlier one."""
    cache.clear()


@pytest.fixture(scope="session")
def migration_apps():
    """The models as the migrations know them, to run a data migration's function again."""
    return MigrationLoader(None, ignore_no_migrations=True).project_state().apps


@pytest.fixture
def staff_groups(transactional_db, migration_apps):
    """The Editors, Front desk and Medical reviewers groups with their permissions, made by their
    migrations' own code.

    The live server needs transactional tests, and those empty every table after each test: what a
    data migration added is gone, while content types and permissions are created again.
    """
    for module, function in STAFF_GROUP_MIGRATIONS:
        getattr(import_module(module), function)(migration_apps, None)


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


@pytest.fixture(params=["desktop", "phone"])
def tab(request):
    """A desktop tab, and in the test's second run a phone's."""
    return request.getfixturevalue("page" if request.param == "desktop" else "phone_page")


@pytest.fixture
def visitor(new_tab):
    """An anonymous visitor's tab, beside a staff member's: no session, served from the page cache."""
    return new_tab(DESKTOP)


@pytest.fixture
def clinic_content(transactional_db):
    """The clinic's real pages, clinic details and location, as `make run` loads them."""
    call_command("load_clinic_content", verbosity=0)


@pytest.fixture
def quick_patients(settings):
    """Let the consultation form be sent at once: a test types faster than any person. The fill-time
    spam check has tests of its own."""
    settings.CONSULTATION_FORM_MIN_SECONDS = 0


@pytest.fixture
def live_editor(staff_groups):
    """A member of the Editors group (created by a migration) who can log in with staff.PASSWORD."""
    return with_password(EditorFactory())


@pytest.fixture
def live_medical_reviewer(staff_groups):
    """A physician in Medical reviewers, with a physician record, who can log in with staff.PASSWORD."""
    return with_password(
        MedicalReviewerFactory(first_name="Ana", last_name="Reyes", physician__name="Ana Reyes")
    )


@pytest.fixture
def live_front_desk(staff_groups):
    """A member of the Front desk group (created by a migration) who can log in with staff.PASSWORD."""
    return with_password(FrontDeskFactory())
