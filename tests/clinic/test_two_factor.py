"""Two-factor login (TOTP) for staff: required in production, set up by each staff member at first login."""

import base64
import re

import pytest
from django.conf import settings
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.markup import parse
from tests.processes import hermetic_environment, production_environment, run_with_django

from .logins import LOGIN_URL, current_token, is_logged_in, log_in, wrong_token

SETUP_URL = "/admin/two-factor/"


@pytest.mark.django_db
@pytest.mark.usefixtures("two_factor_required")
class TestLoginWithTwoFactorRequired:
    def test_the_login_page_asks_for_the_code(self, client):
        response = client.get(LOGIN_URL)

        field = parse(response.text).find("input", name="otp_token")
        assert field.get("autocomplete") == "one-time-code"

    def test_the_password_alone_does_not_log_in_a_staff_member_with_an_app(self, client, device):
        response = log_in(client, device.user.username)

        assert response.status_code == 200
        assert "Enter the 6-digit code from your authenticator app." in response.text
        assert not is_logged_in(client)
        assert client.get("/admin/").status_code == 302

    def test_the_password_and_the_current_code_log_in(self, client, device):
        response = log_in(client, device.user.username, token=current_token(device))

        assert response.status_code == 302
        assert response["Location"] == "/admin/"
        assert client.get("/admin/").status_code == 200

    def test_the_code_may_be_typed_with_the_space_apps_show(self, client, device):
        token = current_token(device)

        response = log_in(client, device.user.username, token=f"{token[:3]} {token[3:]}")

        assert response.status_code == 302

    def test_a_wrong_code_does_not_log_in(self, client, device):
        response = log_in(client, device.user.username, token=wrong_token(device))

        assert response.status_code == 200
        assert "That code is not right." in response.text
        assert not is_logged_in(client)

    def test_a_right_code_with_a_wrong_password_does_not_log_in(self, client, device):
        response = log_in(
            client, device.user.username, password="wrong-password", token=current_token(device)
        )

        assert response.status_code == 200
        assert not is_logged_in(client)

    def test_wrong_codes_count_toward_the_lockout(self, client, device):
        for _ in range(settings.AXES_FAILURE_LIMIT):
            response = log_in(client, device.user.username, token=wrong_token(device))

        assert response.status_code == 429

    def test_a_code_cannot_be_used_twice(self, client, device):
        token = current_token(device)
        log_in(Client(), device.user.username, token=token)

        response = log_in(client, device.user.username, token=token)

        assert not is_logged_in(client)
        assert response.status_code == 200

    def test_a_session_logged_in_without_the_second_factor_cannot_use_the_admin(self, client, device):
        """Sessions started before 2FA was switched on, for example, must log in again."""
        client.force_login(device.user)

        response = client.get("/admin/procedures/procedure/")

        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN_URL)


@pytest.mark.django_db
@pytest.mark.usefixtures("two_factor_required")
class TestSettingUpTheApp:
    @pytest.fixture
    def newcomer_client(self, staff_member):
        """A staff member without an app who has just logged in with their password."""
        client = Client()
        response = log_in(client, staff_member.username)
        assert response.status_code == 302
        return client

    def test_the_password_login_of_a_staff_member_without_an_app_leads_to_setting_one_up(
        self, client, staff_member
    ):
        response = log_in(client, staff_member.username)

        assert response.status_code == 302
        assert response["Location"] == SETUP_URL

    def test_the_rest_of_the_admin_stays_closed_until_the_app_is_set_up(self, newcomer_client):
        to_login = newcomer_client.get("/admin/procedures/procedure/")
        login_page = newcomer_client.get(to_login["Location"])

        assert to_login["Location"].startswith(LOGIN_URL)
        assert login_page.status_code == 302
        assert login_page["Location"] == SETUP_URL

    def test_the_setup_page_shows_a_qr_code_made_on_the_server_and_the_key_to_type(
        self, newcomer_client, staff_member
    ):
        response = newcomer_client.get(SETUP_URL)

        device = TOTPDevice.objects.get(user=staff_member, confirmed=False)
        image = parse(response.text).find("img", alt="QR code for your authenticator app")
        prefix = "data:image/svg+xml;base64,"
        assert image.get("src").startswith(prefix)
        assert b"<svg" in base64.b64decode(image.get("src").removeprefix(prefix))
        key = base64.b32encode(device.bin_key).decode()
        shown_key = parse(response.text).find("code", id="two-factor-key").text
        assert shown_key.replace(" ", "") == key

    def test_the_qr_code_carries_the_key_and_the_clinics_name(self, newcomer_client, staff_member):
        newcomer_client.get(SETUP_URL)

        device = TOTPDevice.objects.get(user=staff_member)
        assert device.config_url.startswith("otpauth://totp/Advanced%20Pain%20Medical%20Group")
        assert f"secret={base64.b32encode(device.bin_key).decode()}" in device.config_url

    def test_the_offered_key_stays_the_same_until_it_is_confirmed(self, newcomer_client, staff_member):
        first = newcomer_client.get(SETUP_URL)
        again = newcomer_client.get(SETUP_URL)

        key = re.compile(r'id="two-factor-key">([A-Z2-7 ]+)<')
        assert key.search(first.text).group(1) == key.search(again.text).group(1)
        assert TOTPDevice.objects.filter(user=staff_member).count() == 1

    def test_confirming_with_the_first_code_turns_two_factor_on_and_opens_the_admin(
        self, newcomer_client, staff_member
    ):
        newcomer_client.get(SETUP_URL)
        device = TOTPDevice.objects.get(user=staff_member)

        response = newcomer_client.post(SETUP_URL, {"otp_token": current_token(device)})

        device.refresh_from_db()
        assert device.confirmed
        assert response.status_code == 302
        assert response["Location"] == "/admin/"
        assert newcomer_client.get("/admin/").status_code == 200

    def test_a_wrong_first_code_leaves_two_factor_off(self, newcomer_client, staff_member):
        newcomer_client.get(SETUP_URL)
        device = TOTPDevice.objects.get(user=staff_member)

        response = newcomer_client.post(SETUP_URL, {"otp_token": wrong_token(device)})

        device.refresh_from_db()
        assert response.status_code == 200
        assert "That code is not right." in response.text
        assert not device.confirmed
        assert newcomer_client.get("/admin/").status_code == 302

    def test_after_setup_the_next_login_needs_the_code(self, newcomer_client, staff_member):
        newcomer_client.get(SETUP_URL)
        newcomer_client.post(
            SETUP_URL, {"otp_token": current_token(TOTPDevice.objects.get(user=staff_member))}
        )

        response = log_in(Client(), staff_member.username)

        assert response.status_code == 200
        assert "Enter the 6-digit code" in response.text

    def test_a_staff_member_with_an_app_cannot_set_up_another_one_themselves(self, client, device):
        """An attacker with a session must not swap in their own app; replacing one is for administrators."""
        log_in(client, device.user.username, token=current_token(device))

        response = client.get(SETUP_URL)

        assert response.status_code == 302
        assert response["Location"] == "/admin/"
        assert TOTPDevice.objects.filter(user=device.user).count() == 1

    def test_the_setup_page_needs_the_password_step_first(self, client):
        response = client.get(SETUP_URL)

        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN_URL)

    def test_the_setup_page_can_log_out(self, newcomer_client):
        response = newcomer_client.post(SETUP_URL, {"log_out": "Log out"})

        assert response.status_code == 302
        assert not is_logged_in(newcomer_client)


@pytest.mark.django_db
def test_an_administrator_resets_two_factor_by_deleting_the_device_without_seeing_its_key(
    device, administrator_client
):
    change_page = administrator_client.get(f"/admin/otp_totp/totpdevice/{device.pk}/change/")
    deleted = administrator_client.post(f"/admin/otp_totp/totpdevice/{device.pk}/delete/", {"post": "yes"})

    assert change_page.status_code == 200
    assert device.key not in change_page.text
    assert deleted.status_code == 302
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()


@pytest.mark.django_db
def test_without_the_requirement_the_password_alone_logs_in(client, device):
    """Locally and in tests (debug on) two-factor login is off unless STAFF_REQUIRE_2FA says otherwise."""
    assert not settings.STAFF_REQUIRE_2FA

    login_page = client.get(LOGIN_URL)
    response = log_in(client, device.user.username)

    assert parse(login_page.text).find_all("input", name="otp_token") == []
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


REQUIREMENT = "from django.conf import settings; print(settings.STAFF_REQUIRE_2FA)"


@pytest.mark.parametrize(
    ("environment", "required"),
    [
        (production_environment(), "True"),
        (hermetic_environment(DJANGO_DEBUG="true"), "False"),
        (production_environment(STAFF_REQUIRE_2FA="false"), "False"),
        (hermetic_environment(DJANGO_DEBUG="true", STAFF_REQUIRE_2FA="true"), "True"),
    ],
    ids=["production", "debug", "production switched off", "debug switched on"],
)
def test_two_factor_login_is_required_in_production_unless_the_environment_says_otherwise(
    environment, required
):
    result = run_with_django(REQUIREMENT, env=environment)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == required
