"""The production configuration passes Django's deployment checks and needs a secret key to start."""

from tests.processes import (
    PRODUCTION_SECRET_KEY,
    hermetic_environment,
    production_environment,
    run_python,
    run_with_django,
)

# What the clinic enters before going live; until then the deploy checks warn (procedures/checks.py).
ENTER_REAL_DETAILS = """
from consultations.models import NoticeRecipient
from procedures.models import Clinic, Location, OpeningHours
Clinic.objects.create(main_phone="+13108250100")
location = Location.objects.create(
    name="West Los Angeles", slug="west-los-angeles", street_address="11645 Wilshire Boulevard",
    postal_code="90025", phone="+13108250101",
)
for weekday in range(5):
    OpeningHours.objects.create(location=location, weekday=weekday, opens="08:00", closes="17:00")
NoticeRecipient.objects.create(email="frontdesk@clinic.example")
from django.utils import timezone
from procedures.models import ClinicPage
for notice in ClinicPage.Notice:
    ClinicPage.objects.create(
        notice=notice, title=notice.label, slug=notice, summary="Reviewed.", status="published",
        wording_reviewed_at=timezone.now(),
    )
"""


def test_check_deploy_finds_no_issue_in_the_production_configuration(tmp_path):
    env = production_environment(
        DATABASE_URL=f"sqlite:///{tmp_path / 'live.sqlite3'}",
        SITE_URL="https://www.example.com",
        TRUSTED_PROXIES="127.0.0.1",
    )
    migrated = run_python("manage.py", "migrate", "--no-input", env=env)
    assert migrated.returncode == 0, migrated.stderr
    entered = run_with_django(ENTER_REAL_DETAILS, env)
    assert entered.returncode == 0, entered.stderr

    result = run_python("manage.py", "check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = hermetic_environment(DJANGO_DEBUG="false", DJANGO_ALLOWED_HOSTS="www.example.com")

    result = run_python("manage.py", "check", env=env)

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_debug_is_off_unless_switched_on():
    env = hermetic_environment(DJANGO_SECRET_KEY=PRODUCTION_SECRET_KEY)

    result = run_python(
        "-c",
        "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)",
        env=env,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_check_deploy_warns_behind_a_proxy_when_no_proxy_is_trusted(tmp_path):
    """Behind nginx with TRUSTED_PROXIES empty, every patient would share nginx's address and rate limit."""
    env = production_environment(
        DATABASE_URL=f"sqlite:///{tmp_path / 'live.sqlite3'}", DJANGO_BEHIND_PROXY="true"
    )

    result = run_python("manage.py", "check", "--deploy", "--tag", "security", env=env)

    assert "clinic.W001" in result.stdout + result.stderr
    assert "TRUSTED_PROXIES" in result.stdout + result.stderr


def test_check_deploy_is_quiet_about_proxies_when_the_proxy_is_trusted_or_there_is_none(tmp_path):
    database = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    trusted = production_environment(DATABASE_URL=database, TRUSTED_PROXIES="127.0.0.1")
    no_proxy = production_environment(
        DATABASE_URL=database, DJANGO_BEHIND_PROXY="false", DJANGO_SECURE_SSL_REDIRECT="false"
    )

    for env in (trusted, no_proxy):
        result = run_python("manage.py", "check", "--deploy", "--tag", "security", env=env)
        assert "clinic.W001" not in result.stdout + result.stderr
