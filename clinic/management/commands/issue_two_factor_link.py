from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp import user_has_device

from clinic.two_factor import set_up_link_issue


class Command(BaseCommand):
    help = (
        "Print a link with which one staff member sets up their authenticator app, such as the first "
        "administrator after createsuperuser. Administrators issue links from a user's page in the admin."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username, is_active=True, is_staff=True).first()
        if user is None:
            raise CommandError(f"No staff member with the username {username!r} (active, with staff status).")
        if user_has_device(user):
            raise CommandError(
                f"{username} already has an authenticator app. If the phone is lost, delete the device "
                "in the admin (OTP_TOTP → TOTP devices) or with a shell, then run this again."
            )
        self.stdout.write(
            f"{settings.SITE_URL}{set_up_link_issue(user)}\n"
            f"Give this link to {username} out of band (not with the password). It works for "
            f"{settings.STAFF_2FA_LINK_HOURS} hours, together with their password, until the app is set up."
        )
