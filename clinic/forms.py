"""Staff login with a second factor, and setting up that factor."""

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import authenticate
from django.contrib.auth.signals import user_login_failed
from django.core.validators import MaxLengthValidator
from django_otp import match_token

TOKEN_HELP_TEXT = "The 6-digit code your authenticator app shows now."


def token_field(**kwargs) -> forms.CharField:
    return forms.CharField(
        label="Code from your authenticator app",
        max_length=16,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        **kwargs,
    )


def normalize_token(value: str) -> str:
    """Apps show the code as "123 456"; people type it either way."""
    return "".join(value.split())


def count_failed_login(request, user) -> None:
    """Count a failure that came after the right password (a wrong or missing code) for the lockout."""
    user_login_failed.send(sender=__name__, credentials={"username": user.get_username()}, request=request)


class StaffAuthenticationForm(AdminAuthenticationForm):
    """The admin login: username, password and, when two-factor login is required, a code.

    With two-factor login required, every failure (username, password, code, or no app set up yet)
    gets the same message and counts toward the lockout, so the form never tells that a password was
    right: a guessed password is worth nothing until the code is right too.
    """

    otp_token = token_field(required=False, help_text=TOKEN_HELP_TEXT)
    two_factor_invalid_login = (
        "Please enter the correct username, password and code from your authenticator app. "
        "Note that the username and password are case-sensitive. If you have not set up the app yet, "
        "use the set-up link a site administrator gave you."
    )

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        if settings.STAFF_REQUIRE_2FA:
            self.error_messages = {**self.error_messages, "invalid_login": self.two_factor_invalid_login}
        else:
            del self.fields["otp_token"]
        # Django sets the username's max_length after making the field, so nothing enforces it: a longer
        # name went on to the lockout records, whose column it overflows on PostgreSQL (a 500).
        username = self.fields["username"]
        username.validators.append(MaxLengthValidator(username.max_length))

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if settings.STAFF_REQUIRE_2FA and user is not None:
            token = normalize_token(cleaned_data.get("otp_token", ""))
            # match_token only tries confirmed devices: a staff member without one cannot pass.
            device = match_token(user, token) if token else None
            if device is None:
                # A right password without the right code is a failed login: counted like a wrong password.
                count_failed_login(self.request, user)
                raise self.get_invalid_login_error()
            # django_otp marks the session as verified when the login completes with this attribute set.
            user.otp_device = device
        return cleaned_data


class TwoFactorSetUpForm(forms.Form):
    """Confirm a new authenticator app with the member's password and the first code it shows.

    The password is checked as at login, so failures count toward the same lockout.
    """

    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    otp_token = token_field(help_text=TOKEN_HELP_TEXT)

    def __init__(self, request, member, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.member = member
        self.device = device
        self.user = None

    def clean_password(self):
        credentials = {"username": self.member.get_username(), "password": self.cleaned_data["password"]}
        self.user = authenticate(self.request, **credentials)
        if self.user is None:
            raise forms.ValidationError(
                "That password is not right. Enter the password you log in with.", code="invalid_login"
            )
        return self.cleaned_data["password"]

    def clean_otp_token(self):
        if not self.device.verify_token(normalize_token(self.cleaned_data["otp_token"])):
            if self.user is not None:
                count_failed_login(self.request, self.member)
            raise forms.ValidationError(
                "That code is not right. Check that the phone's clock is set automatically, "
                "then enter the newest code the app shows.",
                code="invalid_token",
            )
        return self.cleaned_data["otp_token"]
