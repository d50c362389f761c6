"""The staff admin site: the default admin with two-factor login when STAFF_REQUIRE_2FA is on."""

import base64
import io

import qrcode
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice
from qrcode.image.svg import SvgFillImage

from clinic.forms import StaffAuthenticationForm, TwoFactorSetupForm


class ClinicAdminSite(admin.AdminSite):
    """Django's admin site, with two-factor login when STAFF_REQUIRE_2FA is on.

    ClinicAdminConfig loads it once the apps are ready, which is why this module may import models.
    """

    login_form = StaffAuthenticationForm
    login_template = "admin/staff_login.html"

    def has_permission(self, request):
        """Staff need the second factor too, once two-factor login is required."""
        if not super().has_permission(request):
            return False
        # otp_device is set by django_otp's middleware, or by the login form in the request that logs in.
        return not settings.STAFF_REQUIRE_2FA or getattr(request.user, "otp_device", None) is not None

    def get_urls(self):
        return [
            path("two-factor/", self.two_factor_setup, name="two_factor_setup"),
            *super().get_urls(),
        ]

    @method_decorator(never_cache)
    @login_not_required
    def login(self, request, extra_context=None):
        if request.method == "GET" and self.must_set_up_two_factor(request.user):
            return redirect("admin:two_factor_setup")
        response = super().login(request, extra_context)
        if request.method == "POST" and self.must_set_up_two_factor(request.user):
            return redirect("admin:two_factor_setup")
        return response

    @staticmethod
    def must_set_up_two_factor(user) -> bool:
        return (
            settings.STAFF_REQUIRE_2FA
            and user.is_authenticated
            and user.is_active
            and user.is_staff
            and not user_has_device(user)
        )

    @method_decorator(never_cache)
    @method_decorator(csrf_protect)
    @login_not_required
    def two_factor_setup(self, request):
        """Let a staff member who has passed the password step connect an authenticator app.

        Replacing an app that is already set up is for an administrator: they delete the member's
        TOTP device in the admin, and the member sets up the new one at their next login.
        """
        user = request.user
        if not (user.is_authenticated and user.is_active and user.is_staff):
            return redirect_to_login(request.get_full_path(), reverse("admin:login", current_app=self.name))
        if user_has_device(user):
            return redirect("admin:index")
        if request.method == "POST" and "log_out" in request.POST:
            logout(request)
            return redirect("admin:login")

        # The same secret is offered until it is confirmed, so a reload keeps the scanned code valid.
        device = TOTPDevice.objects.filter(user=user, confirmed=False).first() or TOTPDevice.objects.create(
            user=user, name="Authenticator app", confirmed=False
        )
        form = TwoFactorSetupForm(device, request.POST or None)
        if form.is_valid():
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            messages.success(
                request,
                "Two-factor login is on. From now on, log in with your password and a code from the app.",
            )
            return redirect("admin:index")

        context = {
            **self.each_context(request),
            "title": "Set up two-factor login",
            "form": form,
            "qr_code": qr_code_data_uri(device.config_url),
            "secret": in_groups_of_four(base64.b32encode(device.bin_key).decode()),
        }
        request.current_app = self.name
        return TemplateResponse(request, "admin/two_factor_setup.html", context)


def qr_code_data_uri(text: str) -> str:
    """The QR code as an inline SVG image: made here, so the secret never reaches another server."""
    svg = io.BytesIO()
    # With its own white background, so the code still scans in the admin's dark theme.
    qrcode.make(text, image_factory=SvgFillImage).save(svg)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.getvalue()).decode()


def in_groups_of_four(secret: str) -> str:
    """Easier to type into an app than one long string; apps ignore the spaces."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
