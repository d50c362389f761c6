"""The production configuration passes Django's deployment checks and needs a secret key to start."""

from tests.processes import PRODUCTION_SECRET_KEY, hermetic_environment, production_environment, run_python


def test_check_deploy_finds_no_issue_in_the_production_configuration():
    result = run_python(
        "manage.py", "check", "--deploy", "--fail-level", "WARNING", env=production_environment()
    )

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
