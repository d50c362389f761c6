"""Two-factor login (TOTP) for staff: required in production, set up through a link from an administrator."""

import base64
import io
import re
import time
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from clinic.two_factor import set_up_link_path
from tests.factories import AdministratorFactory, EditorFactory, TOTPDeviceFactory
from tests.markup import parse
from tests.processes import hermetic_environment, production_environment, run_with_django

from .logins import LOGIN_URL, PASSWORD, current_token, is_logged_in, log_in, wrong_token

ONE_MESSAGE = (
    "Please enter the correct username, password and code from your authenticator app. "
    "Note that the username and password are case-sensitive. If you have not set up the app yet, "
    "use the set-up link a site administrator gave you."
)


def error_notes(response) -> list[str]:
    """Every error the login page shows, at the top or beside a field."""

    def has_class(element, name):
        return element is not None and name in (element.get("class") or "").split()

    notes = [
        element
        for element in parse(response.text).elements
        if has_class(element, "errornote") or (element.tag == "li" and has_class(element.parent, "errorlist"))
    ]
    return [" ".join(note.text.split()) for note in notes]


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
        assert not is_logged_in(client)
        assert client.get("/admin/").status_code == 302

    @pytest.mark.parametrize(
        "attempt",
        ["unknown username", "wrong password", "wrong password, right code", "no code", "wrong code"],
    )
    def test_every_failure_gets_the_same_one_message_so_it_never_tells_the_password_was_right(
        self, client, device, attempt
    ):
        username, password, token = device.user.username, PASSWORD, wrong_token(device)
        if attempt == "unknown username":
            username = "no-such-user"
        if attempt.startswith("wrong password"):
            password = "wrong-password"
        if attempt.endswith("right code"):
            token = current_token(device)
        if attempt == "no code":
            token = ""

        response = log_in(client, username, password=password, token=token)

        assert response.status_code == 200
        assert error_notes(response) == [ONE_MESSAGE]
        assert not is_logged_in(client)

    def test_a_missing_code_counts_toward_the_lockout_like_a_wrong_password(self, client, device):
        for _ in range(settings.AXES_FAILURE_LIMIT):
            response = log_in(client, device.user.username, token="")

        assert response.status_code == 429

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
    def link(self, staff_member):
        """The set-up link an administrator issued for the staff member, who has no app yet."""
        return set_up_link_path(staff_member)

    def set_up(self, client, link, password=PASSWORD, token=None):
        """Open the link, then send the password and the first code the new app shows."""
        client.get(link)
        device = TOTPDevice.objects.get(confirmed=False)
        return client.post(link, {"password": password, "otp_token": token or current_token(device)})

    def test_the_password_of_a_staff_member_without_an_app_opens_nothing(self, client, staff_member):
        response = log_in(client, staff_member.username)

        assert response.status_code == 200
        assert error_notes(response) == [ONE_MESSAGE]
        assert not is_logged_in(client)
        assert client.get("/admin/").status_code == 302
        assert not TOTPDevice.objects.exists()

    def test_the_link_shows_a_qr_code_made_on_the_server_and_the_key_to_type(
        self, client, link, staff_member
    ):
        response = client.get(link)

        device = TOTPDevice.objects.get(user=staff_member, confirmed=False)
        image = parse(response.text).find("img", alt="QR code for your authenticator app")
        prefix = "data:image/svg+xml;base64,"
        assert image.get("src").startswith(prefix)
        assert b"<svg" in base64.b64decode(image.get("src").removeprefix(prefix))
        key = base64.b32encode(device.bin_key).decode()
        shown_key = parse(response.text).find("code", id="two-factor-key").text
        assert shown_key.replace(" ", "") == key
        assert staff_member.username in response.text

    def test_the_qr_code_carries_the_key_and_the_clinics_name(self, client, link, staff_member):
        client.get(link)

        device = TOTPDevice.objects.get(user=staff_member)
        assert device.config_url.startswith("otpauth://totp/Advanced%20Pain%20Medical%20Group")
        assert f"secret={base64.b32encode(device.bin_key).decode()}" in device.config_url

    def test_the_offered_key_stays_the_same_until_it_is_confirmed(self, client, link, staff_member):
        first = client.get(link)
        again = client.get(link)

        key = re.compile(r'id="two-factor-key">([A-Z2-7 ]+)<')
        assert key.search(first.text).group(1) == key.search(again.text).group(1)
        assert TOTPDevice.objects.filter(user=staff_member).count() == 1

    def test_the_password_and_the_first_code_turn_two_factor_on_and_open_the_admin(
        self, client, link, staff_member
    ):
        response = self.set_up(client, link)

        assert TOTPDevice.objects.get(user=staff_member).confirmed
        assert response.status_code == 302
        assert response["Location"] == "/admin/"
        assert client.get("/admin/").status_code == 200

    def test_a_wrong_password_leaves_two_factor_off_and_counts_toward_the_lockout(
        self, client, link, staff_member
    ):
        first = self.set_up(client, link, password="wrong-password")
        for _ in range(settings.AXES_FAILURE_LIMIT - 1):
            last = self.set_up(client, link, password="wrong-password")

        assert first.status_code == 200
        assert "That password is not right." in first.text
        assert last.status_code == 429
        assert not TOTPDevice.objects.get(user=staff_member).confirmed
        assert not is_logged_in(client)

    def test_a_wrong_first_code_leaves_two_factor_off(self, client, link, staff_member):
        client.get(link)
        device = TOTPDevice.objects.get(user=staff_member)

        response = client.post(link, {"password": PASSWORD, "otp_token": wrong_token(device)})

        device.refresh_from_db()
        assert response.status_code == 200
        assert "That code is not right." in response.text
        assert not device.confirmed
        assert client.get("/admin/").status_code == 302

    def test_after_setup_the_next_login_needs_the_code(self, client, link, staff_member):
        self.set_up(client, link)
        device = TOTPDevice.objects.get(user=staff_member)

        without_code = log_in(Client(), staff_member.username)
        with_code = log_in(Client(), staff_member.username, token=wrong_token(device))

        assert error_notes(without_code) == error_notes(with_code) == [ONE_MESSAGE]

    def test_a_used_link_opens_nothing_again(self, client, link):
        self.set_up(client, link)

        assert Client().get(link).status_code == 404

    def test_a_link_opens_nothing_for_a_member_who_has_an_app(self, client, device):
        response = client.get(set_up_link_path(device.user))

        assert response.status_code == 404
        assert "ask a site administrator for a new one" in response.text

    def test_an_expired_link_opens_nothing(self, client, staff_member, settings):
        settings.STAFF_2FA_LINK_HOURS = 24
        expired = set_up_link_path(staff_member, issued_at=time.time() - 24 * 3600 - 60)
        fresh = set_up_link_path(staff_member, issued_at=time.time() - 23 * 3600)

        assert client.get(expired).status_code == 404
        assert client.get(fresh).status_code == 200

    def test_a_link_altered_to_name_another_member_opens_nothing(self, client, link):
        token = link.rstrip("/").rsplit("/", 1)[1]
        forged = link.replace(token, token[:-1] + ("A" if token[-1] != "A" else "B"))

        assert client.get(forged).status_code == 404

    def test_the_link_takes_only_its_own_members_password(self, client, link):
        colleague = EditorFactory()
        colleague.set_password("colleague-password-4417")
        colleague.save()

        response = self.set_up(client, link, password="colleague-password-4417")

        assert response.status_code == 200
        assert not TOTPDevice.objects.filter(confirmed=True).exists()

    def test_the_set_up_page_is_not_cached(self, client, link):
        assert "no-store" in client.get(link)["Cache-Control"]


@pytest.mark.django_db
class TestIssuingASetUpLink:
    @pytest.fixture
    def administrator(self, db):
        return AdministratorFactory()

    def issue(self, client, user):
        page = client.post(f"/admin/two-factor/link/{user.pk}/")
        found = re.search(r"https?://[^\s\"<]+/admin/two-factor/set-up/[^\s\"<]+/", page.text)
        return page, found and found.group(0)

    def test_the_users_page_offers_the_administrator_a_set_up_link(self, administrator_client, staff_member):
        page = administrator_client.get(f"/admin/auth/user/{staff_member.pk}/change/")

        assert f'href="/admin/two-factor/link/{staff_member.pk}/"' in page.text

    def test_the_issued_link_is_shown_once_and_opens_the_set_up_page(
        self, administrator_client, staff_member
    ):
        page, link = self.issue(administrator_client, staff_member)

        assert page.status_code == 200
        assert "no-store" in page["Cache-Control"]
        assert Client().get(urlsplit(link).path).status_code == 200

    def test_the_confirmation_page_shows_no_link_before_the_administrator_asks(
        self, administrator_client, staff_member
    ):
        page = administrator_client.get(f"/admin/two-factor/link/{staff_member.pk}/")

        assert page.status_code == 200
        assert "/admin/two-factor/set-up/" not in page.text

    def test_staff_who_are_not_administrators_cannot_issue_links(self, editor_client, staff_member):
        page = editor_client.post(f"/admin/two-factor/link/{staff_member.pk}/")

        assert page.status_code == 403
        assert "/admin/two-factor/set-up/" not in page.text

    def test_no_link_is_issued_for_a_member_who_already_has_an_app(self, administrator_client, device):
        page, link = self.issue(administrator_client, device.user)

        assert link is None
        assert "already has an authenticator app" in page.text

    def test_issuing_a_link_discards_a_half_set_up_app_whose_key_someone_else_may_have_seen(
        self, administrator_client, staff_member
    ):
        """Until this fix the password alone showed a key; it must not come back on the member's link."""
        seen = TOTPDeviceFactory(user=staff_member, confirmed=False)

        page, link = self.issue(administrator_client, staff_member)
        Client().get(urlsplit(link).path)

        offered = TOTPDevice.objects.get(user=staff_member)
        assert offered.pk != seen.pk
        assert offered.key != seen.key

    def test_after_a_lost_phone_the_administrator_deletes_the_device_and_issues_a_new_link(
        self, administrator_client, device
    ):
        administrator_client.post(f"/admin/otp_totp/totpdevice/{device.pk}/delete/", {"post": "yes"})

        page, link = self.issue(administrator_client, device.user)

        assert link is not None


@pytest.mark.django_db
def test_the_command_prints_a_set_up_link_for_the_first_administrator(settings):
    administrator = AdministratorFactory()
    out = io.StringIO()

    half_set_up = TOTPDeviceFactory(user=administrator, confirmed=False)

    call_command("issue_two_factor_link", administrator.username, stdout=out)

    link = re.search(r"\S+/admin/two-factor/set-up/\S+/", out.getvalue()).group(0)
    assert link.startswith(settings.SITE_URL + "/admin/two-factor/set-up/")
    assert Client().get(link.removeprefix(settings.SITE_URL)).status_code == 200
    assert "24 hours" in out.getvalue()
    assert not TOTPDevice.objects.filter(pk=half_set_up.pk).exists()


@pytest.mark.django_db
def test_the_command_refuses_an_unknown_username():
    with pytest.raises(CommandError, match="No staff member"):
        call_command("issue_two_factor_link", "nobody-by-this-name")


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
