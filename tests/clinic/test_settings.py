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
from procedures.models import Clinic, Location
Clinic.objects.create(main_phone="+13108250100")
Location.objects.create(
    name="West Los Angeles", street_address="11645 Wilshire Boulevard", postal_code="90025",
    phone="+13108250101", hours="Monday–Friday: 8:00 am – 5:00 pm",
)
NoticeRecipient.objects.create(email="frontdesk@clinic.example")
"""


def test_check_deploy_finds_no_issue_in_the_production_configuration(tmp_path):
    env = production_environment(
        DATABASE_URL=f"sqlite:///{tmp_path / 'live.sqlite3'}", SITE_URL="https://www.example.com"
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
