"""The staff admin site: the default admin with two-factor login when STAFF_REQUIRE_2FA is on."""

import base64
import io

import qrcode
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice
from qrcode.image.svg import SvgFillImage

from clinic.forms import StaffAuthenticationForm, TwoFactorSetUpForm
from clinic.two_factor import set_up_link_issue, staff_login_verified, user_for_set_up_link


class ClinicAdminSite(admin.AdminSite):
    """Django's admin site, with two-factor login when STAFF_REQUIRE_2FA is on.

    ClinicAdminConfig loads it once the apps are ready, which is why this module may import models.
    A staff member sets up their authenticator app only through a set-up link that an administrator
    issues (clinic/two_factor.py): their password alone opens nothing, not even that page.
    """

    login_form = StaffAuthenticationForm
    login_template = "admin/staff_login.html"

    def has_permission(self, request):
        """Staff need the second factor too, once two-factor login is required."""
        return super().has_permission(request) and staff_login_verified(request.user)

    def get_urls(self):
        return [
            path("two-factor/set-up/<str:token>/", self.two_factor_set_up, name="two_factor_set_up"),
            path(
                "two-factor/link/<int:user_id>/",
                self.admin_view(self.two_factor_link),
                name="two_factor_link",
            ),
            *super().get_urls(),
        ]

    @method_decorator(never_cache)
    @method_decorator(csrf_protect)
    @method_decorator(sensitive_post_parameters("password", "otp_token"))
    @login_not_required
    def two_factor_set_up(self, request, token):
        """Let the staff member a set-up link names connect an authenticator app, with their password."""
        user = user_for_set_up_link(token)
        context = {**self.each_context(request), "title": "Set up two-factor login"}
        request.current_app = self.name
        if user is None:
            return TemplateResponse(request, "admin/two_factor_link_invalid.html", context, status=404)

        # The same secret is offered until it is confirmed, so a reload keeps the scanned code valid.
        device = TOTPDevice.objects.filter(user=user, confirmed=False).first() or TOTPDevice.objects.create(
            user=user, name="Authenticator app", confirmed=False
        )
        form = TwoFactorSetUpForm(request, user, device, request.POST or None)
        if form.is_valid():
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            login(request, form.user)
            otp_login(request, device)
            messages.success(
                request,
                "Two-factor login is on. From now on, log in with your password and a code from the app.",
            )
            return redirect("admin:index")

        context |= {
            "form": form,
            "member": user,
            "qr_code": qr_code_data_uri(device.config_url),
            "secret": in_groups_of_four(base64.b32encode(device.bin_key).decode()),
        }
        return TemplateResponse(request, "admin/two_factor_setup.html", context)

    @method_decorator(never_cache)
    def two_factor_link(self, request, user_id):
        """Issue a set-up link for one staff member and show it to the administrator, once."""
        if not request.user.is_superuser:
            raise PermissionDenied
        member = get_object_or_404(get_user_model(), pk=user_id)
        context = {
            **self.each_context(request),
            "title": "Two-factor set-up link",
            "member": member,
            "has_app": user_has_device(member),
            "hours": settings.STAFF_2FA_LINK_HOURS,
        }
        if request.method == "POST" and member.is_active and member.is_staff and not context["has_app"]:
            context["link"] = request.build_absolute_uri(set_up_link_issue(member))
        request.current_app = self.name
        return TemplateResponse(request, "admin/two_factor_link.html", context)


def qr_code_data_uri(text: str) -> str:
    """The QR code as an inline SVG image: made here, so the secret never reaches another server."""
    svg = io.BytesIO()
    # With its own white background, so the code still scans in the admin's dark theme.
    qrcode.make(text, image_factory=SvgFillImage).save(svg)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.getvalue()).decode()


def in_groups_of_four(secret: str) -> str:
    """Easier to type into an app than one long string; apps ignore the spaces."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


class ReadOnlyAdminMixin:
    """A model admin that shows rows and never adds, changes or deletes them (the app's own views act)."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
