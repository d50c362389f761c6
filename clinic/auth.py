"""Brute-force protection of the staff login (django-axes): who is counted, what a locked-out person sees."""

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.contrib import admin
from django.shortcuts import render

from clinic.client_address import client_address


class StaffLoginBackend(AxesStandaloneBackend):
    """Refuse a login while its username and address are locked out.

    Every login form passes the request. Without one there is no address to count failures
    for (the test client's `login()`), so the lockout check is left to the requests that have one.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)


def login_client_address(request) -> str | None:
    """The address failures are recorded with: the same one the consultation form's rate limit uses.

    A whole IPv6 /64 counts as one address; it is stored as the network's first address.
    """
    address = client_address(request)
    return None if address == "unknown" else address.split("/")[0]


def lockout_response(request, original_response, credentials):
    """Explain the lockout on a page in the admin's design, with how to get back in."""
    context = {
        **admin.site.each_context(request),
        "title": "Too many failed log-ins",
        "lockout_minutes": settings.STAFF_LOGIN_LOCKOUT_MINUTES,
    }
    return render(request, "admin/lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
