"""Two-factor login: who has passed it, and the links an administrator issues to set it up.

A set-up link names one staff member, expires after STAFF_2FA_LINK_HOURS, and dies once that member
logs in (the link carries a fingerprint of their last login and password) or has a confirmed app.
The page it opens still asks for the member's password, so a link alone opens nothing either.
"""

import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

LINK_SALT = "clinic.two-factor-set-up-link"


def staff_login_verified(user) -> bool:
    """True for staff whose login passed the second factor, or for any staff when it is not required."""
    if not (user.is_active and user.is_staff):
        return False
    # is_verified() comes from django_otp's middleware; a user it has not seen has not been verified.
    return not settings.STAFF_REQUIRE_2FA or getattr(user, "is_verified", lambda: False)()


def set_up_link_issue(user) -> str:
    """Issue a set-up link for `user` and return its path; the link is shown once and stored nowhere.

    An app the member began to set up earlier is discarded: its key may have been seen by someone
    else (the password alone used to show one), and the link must offer a key no one has seen.
    """
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return set_up_link_path(user)


def set_up_link_path(user, *, issued_at: float | None = None) -> str:
    """The path of a set-up link for `user`, signed now or at `issued_at`."""
    issued_at = time.time() if issued_at is None else issued_at
    token = signing.dumps([user.pk, int(issued_at), fingerprint(user)], salt=LINK_SALT)
    return reverse("admin:two_factor_set_up", args=[token])


def user_for_set_up_link(token: str):
    """The staff member a set-up link was issued for, or None when it is forged, expired or used."""
    try:
        pk, issued_at, issued_fingerprint = signing.loads(token, salt=LINK_SALT)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    if time.time() - issued_at > settings.STAFF_2FA_LINK_HOURS * 3600:
        return None
    user = get_user_model().objects.filter(pk=pk, is_active=True, is_staff=True).first()
    if (
        user is None
        or user_has_device(user)
        or not constant_time_compare(issued_fingerprint, fingerprint(user))
    ):
        return None
    return user


def fingerprint(user) -> str:
    # Keyed, because the signed link can be read: it must not show the password's hash.
    state = f"{user.password}{user.last_login and user.last_login.replace(microsecond=0, tzinfo=None)}"
    return salted_hmac(LINK_SALT, state, algorithm="sha256").hexdigest()[:32]
