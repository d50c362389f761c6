"""Brute-force protection of the admin login (django-axes): lockout per username, from any address."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core.management import call_command
from django.test import Client

from tests.factories import EditorFactory

from .logins import LOGIN_URL, is_logged_in, log_in

pytestmark = pytest.mark.django_db


def fail_until_locked_out(client, username, address="127.0.0.1"):
    """Post wrong passwords until the limit; return the last response."""
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = log_in(client, username, password="wrong-password", address=address)
    return response


def test_wrong_passwords_below_the_limit_show_the_login_form_again(client, staff_member):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = log_in(client, staff_member.username, password="wrong-password")

    assert response.status_code == 200
    assert "Please enter the correct username and password" in response.text


def test_reaching_the_failure_limit_locks_the_login_even_with_the_right_password(client, staff_member):
    fail_until_locked_out(client, staff_member.username)

    response = log_in(client, staff_member.username)

    assert response.status_code == 429
    assert not is_logged_in(client)


def test_the_lockout_page_explains_in_the_admin_design_how_to_get_back_in(client, staff_member):
    response = fail_until_locked_out(client, staff_member.username)

    assert response.status_code == 429
    assert "Advanced Pain Medical Group — staff" in response.text
    assert "too many failed attempts" in response.text
    assert "try again in 30 minutes" in response.text
    assert "ask a site administrator to lift the lockout" in response.text
    assert response["Content-Security-Policy"]


def test_failures_from_many_addresses_lock_the_username_out_everywhere(client, staff_member):
    """Spreading guesses over many addresses (a botnet) gets no more of them."""
    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in(Client(), staff_member.username, password="wrong-password", address=f"203.0.113.{n + 1}")

    response = log_in(client, staff_member.username, address="198.51.100.20")

    assert response.status_code == 429
    assert not is_logged_in(client)


def test_a_lockout_never_closes_the_address_to_colleagues_behind_the_same_office_router(client, staff_member):
    fail_until_locked_out(client, staff_member.username, address="203.0.113.7")
    colleague = EditorFactory()
    colleague.set_password("colleague-password-4417")
    colleague.save()

    colleague_same_address = log_in(
        Client(), colleague.username, password="colleague-password-4417", address="203.0.113.7"
    )

    assert colleague_same_address.status_code == 302


def test_many_usernames_failing_from_one_address_lock_out_none_of_the_others(client, staff_member):
    for n in range(settings.AXES_FAILURE_LIMIT * 2):
        log_in(client, f"someone-{n}", password="wrong-password", address="203.0.113.7")

    response = log_in(Client(), staff_member.username, address="203.0.113.7")

    assert response.status_code == 302


def test_an_administrator_sees_the_lockout_in_the_admin(client, staff_member, administrator_client):
    fail_until_locked_out(client, staff_member.username)

    response = administrator_client.get("/admin/axes/accessattempt/", {"locked_out": "yes"})

    assert response.status_code == 200
    assert staff_member.username in response.text
    assert "Locked Out" in response.text


def test_staff_without_the_administrator_role_cannot_see_lockouts(staff_member):
    client = Client()
    client.force_login(staff_member)

    response = client.get("/admin/axes/accessattempt/")

    assert response.status_code == 403


def test_an_administrator_lifting_the_lockout_lets_the_staff_member_in(
    client, staff_member, administrator_client
):
    fail_until_locked_out(client, staff_member.username)
    attempt = AccessAttempt.objects.get(username=staff_member.username)

    lifted = administrator_client.post(
        "/admin/axes/accessattempt/",
        {"action": "delete_selected", "_selected_action": [attempt.pk], "post": "yes"},
    )
    response = log_in(client, staff_member.username)

    assert lifted.status_code == 302
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert is_logged_in(client)


def test_the_axes_reset_username_command_lifts_the_lockout(client, staff_member):
    fail_until_locked_out(client, staff_member.username)

    call_command("axes_reset_username", staff_member.username, verbosity=0)
    response = log_in(client, staff_member.username)

    assert response.status_code == 302
    assert is_logged_in(client)


def test_the_lockout_ends_by_itself_after_the_lockout_period(client, staff_member):
    fail_until_locked_out(client, staff_member.username)
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time - timedelta(minutes=31)
    )

    response = log_in(client, staff_member.username)

    assert settings.AXES_COOLOFF_TIME == timedelta(minutes=30)
    assert response.status_code == 302


def test_a_successful_login_clears_earlier_failures(client, staff_member):
    log_in(client, staff_member.username, password="wrong-password")

    log_in(client, staff_member.username)

    assert not AccessAttempt.objects.filter(username=staff_member.username).exists()


def test_the_stored_attempt_keeps_no_password(client, staff_member):
    log_in(client, staff_member.username, password="wrong-password-7781")

    attempt = AccessAttempt.objects.get(username=staff_member.username)

    assert "wrong-password-7781" not in attempt.post_data
    assert attempt.ip_address == "127.0.0.1"


def test_the_login_page_itself_is_not_locked_for_a_visitor(client, staff_member):
    fail_until_locked_out(client, staff_member.username)

    response = client.get(LOGIN_URL)

    assert response.status_code == 200


def test_behind_the_trusted_proxy_failures_are_recorded_with_the_visitors_address(
    client, staff_member, settings
):
    settings.TRUSTED_PROXIES = ["10.0.0.5"]

    client.post(
        LOGIN_URL,
        {"username": staff_member.username, "password": "wrong-password"},
        REMOTE_ADDR="10.0.0.5",
        HTTP_X_FORWARDED_FOR="203.0.113.9",
    )

    assert AccessAttempt.objects.get(username=staff_member.username).ip_address == "203.0.113.9"


def test_reached_directly_a_new_forged_forwarded_address_each_time_does_not_escape_the_lockout(
    client, staff_member, settings
):
    settings.TRUSTED_PROXIES = []

    for n in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            LOGIN_URL,
            {"username": staff_member.username, "password": "wrong-password"},
            REMOTE_ADDR="198.51.100.7",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n}",
        )
    response = log_in(client, staff_member.username, address="198.51.100.7")

    assert response.status_code == 429
    assert not is_logged_in(client)
    assert AccessAttempt.objects.get(username=staff_member.username).ip_address == "198.51.100.7"


def test_addresses_in_one_ipv6_64_count_as_one(client, staff_member):
    """One household or phone usually holds a whole /64, as for the consultation form's rate limit."""
    for host in range(settings.AXES_FAILURE_LIMIT):
        response = log_in(
            client, staff_member.username, password="wrong-password", address=f"2001:db8::{host + 1}"
        )

    assert response.status_code == 429
    assert AccessAttempt.objects.get(username=staff_member.username).ip_address == "2001:db8::"
