"""Fixtures shared by every test folder: the database's cache table, staff, the patient's form, mail.

Browser journeys (tests/e2e) and fault drills (tests/drills) keep the fixtures only they use in their
own conftest.py.
"""

import logging
import os
import re
import signal
import time

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from consultations import spam
from procedures.management.commands.load_clinic_content import load_insurance_groups
from procedures.models import InsuranceGroup
from tests.clinic.logins import PASSWORD
from tests.factories import (
    AdministratorFactory,
    ClinicFactory,
    EditorFactory,
    FrontDeskFactory,
    MedicalReviewerFactory,
    NoticeRecipientFactory,
    TOTPDeviceFactory,
)
from tests.mail import EnvelopeInbox, SMTPServer
from tests.submissions import FORM_URL

# Property-based tests of hostile input: modest example counts keep `make test` fast;
# HYPOTHESIS_PROFILE=thorough looks much harder. The pytest-django database and settings fixtures
# last for the whole test, not one example: each example adds its rows to the same transaction,
# which those tests allow for.
hypothesis_settings.register_profile(
    "hostile",
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
hypothesis_settings.register_profile(
    "thorough", parent=hypothesis_settings.get_profile("hostile"), max_examples=2000
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "hostile"))


def pytest_configure(config):
    """Tests read the Spanish catalog as the site does: compiled from locale/ (it is not in git)."""
    call_command("compile_translations", verbosity=0)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database gets the shared cache table too, as `make migrate` gives a real one."""
    with django_db_blocker.unblock():
        call_command("createcachetable", verbosity=0)


@pytest.fixture(autouse=True)
def fresh_page_cache_copies():
    """Each test starts without this process's copies of cached pages and of the form page.

    In a server these copies are checked against the shared cache's generation; here the shared
    cache (a database table) is rolled back with each test, and a copy made by the previous test
    could otherwise be served to the next one within the copies' second of trust.
    """
    from consultations import form_page
    from procedures import page_cache

    page_cache.local_copies.forget()
    form_page.forget()


@pytest.fixture(autouse=True)
def fresh_rate_limits(request):
    """Rate-limit counters live in the cache table, which outlives each test's database cleanup."""
    if request.node.get_closest_marker("django_db"):
        request.getfixturevalue("_django_db_helper")
        cache.clear()


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Logins check passwords many times in the tests; the production hasher's slowness is not under test."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


# Staff


def logged_in_client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor(db):
    return EditorFactory()


@pytest.fixture
def editor_client(editor):
    """A test client in which a member of the Editors group is logged in."""
    return logged_in_client(editor)


@pytest.fixture
def medical_reviewer(db):
    """A physician's account in "Medical reviewers", with its physician record: approves pages."""
    return MedicalReviewerFactory(first_name="Ana", last_name="Reyes", physician__name="Ana Reyes")


@pytest.fixture
def medical_reviewer_client(medical_reviewer):
    return logged_in_client(medical_reviewer)


@pytest.fixture
def front_desk(db):
    return FrontDeskFactory()


@pytest.fixture
def front_desk_client(front_desk):
    return logged_in_client(front_desk)


@pytest.fixture
def administrator_client(db):
    return logged_in_client(AdministratorFactory())


@pytest.fixture
def staff_member(db):
    """An editor who can log in with tests.clinic.logins.PASSWORD."""
    user = EditorFactory()
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def two_factor_required(settings):
    settings.STAFF_REQUIRE_2FA = True


@pytest.fixture
def device(staff_member):
    """The staff member's authenticator app, already set up."""
    return TOTPDeviceFactory(user=staff_member)


# The patient's form


@pytest.fixture
def media_root(settings, tmp_path):
    """Uploaded pictures go to a folder of this test's own, never to the checkout's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def clinic(db):
    return ClinicFactory()


@pytest.fixture
def insurance_groups(db):
    """The seed's insurance groups (PPO, HMO, Medicare...) that the consultation form offers."""
    load_insurance_groups()
    return list(InsuranceGroup.objects.all())


@pytest.fixture
def valid_data(insurance_groups):
    """What a patient sends, with a form token issued long enough ago to pass the fill-time check."""
    return {
        "first_name": "Rosalind",
        "last_name": "Quimby-Okafor",
        "phone": "(310) 555-0187",
        "email": "rosalind.quimby@example.org",
        "contact_method": "phone",
        "best_time": "morning",
        "topic": "",
        "insurance": "ppo",
        "description": "Aching lower back for two years, worse when standing at work.",
        "heard_about": "doctor",
        "consent": "on",
        "website": "",
        "started": spam.form_started_token(time.time() - 60),
        "came_from": "/procedures/lumbar-facet-injections/",
    }


@pytest.fixture
def csrf_client(db):
    """A test client that enforces CSRF as production does, holding the cookie and token of a form it opened.

    With CSRF checks on, the middleware reads the posted body before the view does, as in production.
    """
    client = Client(enforce_csrf_checks=True)
    page = client.get(FORM_URL).content.decode()
    client.csrf_token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    return client


@pytest.fixture
def error_page_client(client):
    """A test client that gets the error page a visitor would, instead of the exception."""
    client.raise_request_exception = False
    return client


# Mail and the task worker


@pytest.fixture
def smtp_server(settings):
    """Point the default mailer at a real SMTP server on loopback (not yet started)."""
    server = SMTPServer()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": server.port, "timeout": 5},
        }
    }
    yield server
    server.stop()


@pytest.fixture
def recording_smtp_server(smtp_server):
    """A real SMTP server on loopback, running, recording envelopes too."""
    smtp_server.inbox = EnvelopeInbox()
    smtp_server.start()
    return smtp_server


@pytest.fixture
def recipients(db):
    return [NoticeRecipientFactory(email="frontdesk@clinic.example")]


@pytest.fixture
def run_worker():
    """Run the real task worker until the queue holds nothing ready, as `db_worker --batch` does."""
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}

    def run():
        call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    yield run
    # The worker installs its own handlers for a graceful shutdown; give pytest its own back.
    for sig, handler in saved.items():
        signal.signal(sig, handler)


@pytest.fixture
def all_logs(caplog):
    """Capture every record of every logger at every level, also those that do not reach the root.

    LOGGING sends django.request straight to the console (propagate off), so caplog alone would
    miss exactly the error records these tests are about.
    """
    caplog.set_level(logging.DEBUG)
    loggers = [logging.getLogger(name) for name in list(logging.root.manager.loggerDict)]
    saved = [(logger, logger.level) for logger in loggers]
    isolated = [logger for logger in loggers if not logger.propagate]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    for logger in isolated:
        logger.addHandler(caplog.handler)
    yield caplog
    for logger in isolated:
        logger.removeHandler(caplog.handler)
    for logger, level in saved:
        logger.setLevel(level)
