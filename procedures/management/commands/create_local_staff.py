import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from procedures.models import Physician

LOCAL_ACCOUNTS = {
    "editor": "Editors",
    "reviewer": "Medical reviewers",
    "frontdesk": "Front desk",
    "lead": "Front desk lead",
}
# The local reviewer approves pages as a physician would; marked a placeholder, as it is no real one.
LOCAL_PHYSICIAN = {"name": "Local Test Reviewer", "credentials": "MD", "is_placeholder": True}


class Command(BaseCommand):
    help = (
        "For trying the site locally: create (or reset) an editor, a medical reviewer, a front-desk and a "
        "front-desk lead account and print their random passwords. Refuses to run with DJANGO_DEBUG off."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "create_local_staff only runs with DJANGO_DEBUG=true. In production create staff "
                "accounts with `createsuperuser` and the admin (see README, Staff accounts)."
            )
        User = get_user_model()
        for username, group_name in LOCAL_ACCOUNTS.items():
            group, _ = Group.objects.get_or_create(name=group_name)
            password = secrets.token_urlsafe(12)
            user, _ = User.objects.get_or_create(username=username)
            user.is_staff = True
            user.is_superuser = False
            user.set_password(password)
            user.save()
            user.groups.set([group])
            if group_name == "Medical reviewers":
                Physician.objects.get_or_create(user=user, defaults=LOCAL_PHYSICIAN)
            self.stdout.write(f"{group_name:<18} username: {username:<10} password: {password}")
