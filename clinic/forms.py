"""Staff login with a second factor, and setting up that factor."""

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.core.validators import MaxLengthValidator
from django_otp import match_token, user_has_device

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


class StaffAuthenticationForm(AdminAuthenticationForm):
    """The admin login: username, password and, when two-factor login is required, a code.

    A staff member who has not set up an authenticator app yet logs in with the password alone
    and is taken straight to setting one up; the rest of the admin stays closed until then.
    """

    otp_token = token_field(
        required=False,
        help_text=f"{TOKEN_HELP_TEXT} Leave it empty at your first login: you will set up the app next.",
    )
    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "token_required": "Enter the 6-digit code from your authenticator app.",
        "invalid_token": "That code is not right. Enter the newest code your authenticator app shows.",
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        if not settings.STAFF_REQUIRE_2FA:
            del self.fields["otp_token"]
        # Django sets the username's max_length after making the field, so nothing enforces it: a longer
        # name went on to the lockout records, whose column it overflows on PostgreSQL (a 500).
        username = self.fields["username"]
        username.validators.append(MaxLengthValidator(username.max_length))

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if settings.STAFF_REQUIRE_2FA and user is not None and user_has_device(user):
            self.verify_token(user, normalize_token(cleaned_data.get("otp_token", "")))
        return cleaned_data

    def verify_token(self, user, token):
        if not token:
            raise forms.ValidationError(
                {"otp_token": self.error_messages["token_required"]}, code="token_required"
            )
        device = match_token(user, token)
        if device is None:
            # A wrong code counts as a failed login: guessing codes is locked out like guessing passwords.
            user_login_failed.send(
                sender=__name__, credentials={"username": user.get_username()}, request=self.request
            )
            raise forms.ValidationError(
                {"otp_token": self.error_messages["invalid_token"]}, code="invalid_token"
            )
        # django_otp marks the session as verified when the login completes with this attribute set.
        user.otp_device = device


class TwoFactorSetupForm(forms.Form):
    """Confirm a new authenticator app with the first code it shows."""

    otp_token = token_field(help_text=TOKEN_HELP_TEXT)

    def __init__(self, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_otp_token(self):
        if not self.device.verify_token(normalize_token(self.cleaned_data["otp_token"])):
            raise forms.ValidationError(
                "That code is not right. Check that the phone's clock is set automatically, "
                "then enter the newest code the app shows.",
                code="invalid_token",
            )
        return self.cleaned_data["otp_token"]
