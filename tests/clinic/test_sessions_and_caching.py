"""Staff sessions end after inactivity; no admin response may be kept by a proxy or browser cache."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from clinic.two_factor import set_up_link_path
from tests.factories import ProcedureFactory
from tests.processes import production_environment, run_with_django

from .logins import LOGIN_URL, current_token, log_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(staff_member):
    client = Client()
    client.force_login(staff_member)
    return client


def stored_session(client) -> Session:
    return Session.objects.get(session_key=client.cookies[settings.SESSION_COOKIE_NAME].value)


def test_an_idle_staff_session_expires(staff_client):
    """Moves the session's end to the past, as 30 minutes without a request would."""
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))

    response = staff_client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_URL)


def test_each_staff_request_starts_the_idle_period_again(staff_client):
    Session.objects.update(expire_date=timezone.now() + timedelta(minutes=1))

    response = staff_client.get("/admin/")

    remaining = stored_session(staff_client).expire_date - timezone.now()
    assert response.status_code == 200
    assert timedelta(minutes=29) < remaining <= timedelta(minutes=30)
    assert response.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 30 * 60


def test_the_idle_period_comes_from_the_environment():
    result = run_with_django(
        "from django.conf import settings; print(settings.SESSION_COOKIE_AGE)",
        env=production_environment(STAFF_SESSION_IDLE_MINUTES="15"),
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "900"


@pytest.mark.parametrize(
    "url",
    ["/admin/", "/admin/procedures/procedure/", "/admin/no-such-page/", "/admin/password_change/"],
)
def test_admin_responses_for_staff_are_never_stored(staff_client, url):
    cache_control = staff_client.get(url)["Cache-Control"]

    assert "no-store" in cache_control
    assert "private" in cache_control


@pytest.mark.parametrize("url", [LOGIN_URL, "/admin/", "/admin/two-factor/set-up/not-a-link/"])
def test_admin_responses_for_visitors_are_never_stored(client, url):
    cache_control = client.get(url)["Cache-Control"]

    assert "no-store" in cache_control
    assert "private" in cache_control


def test_a_failed_login_is_never_stored(client, staff_member):
    response = log_in(client, staff_member.username, password="wrong-password")

    assert "no-store" in response["Cache-Control"]


def test_the_lockout_page_is_never_stored(client, staff_member):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = log_in(client, staff_member.username, password="wrong-password")

    assert response.status_code == 429
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_the_two_factor_setup_page_is_never_stored(client, staff_member, two_factor_required):
    response = client.get(set_up_link_path(staff_member))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_a_two_factor_login_is_never_stored(client, device, two_factor_required):
    response = log_in(client, device.user.username, token=current_token(device))

    assert response.status_code == 302
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("path", ["/", "/procedures/", "procedure page"])
def test_anonymous_content_pages_still_set_no_cookie(client, path):
    url = ProcedureFactory().get_absolute_url() if path == "procedure page" else path

    first, cached = client.get(url), client.get(url)

    for response in (first, cached):
        assert response.status_code == 200
        assert not response.cookies
        assert "no-store" not in response.get("Cache-Control", "")
    assert not Session.objects.exists()
