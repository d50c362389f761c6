from urllib.parse import urlsplit

from django.apps import AppConfig
from django.apps import apps as global_apps
from django.conf import settings
from django.db import router
from django.db.models.signals import post_migrate


class ProceduresConfig(AppConfig):
    name = "procedures"
    verbose_name = "Pages and clinic details"

    def ready(self):
        from . import checks, signals  # noqa: F401  (registers deploy checks; connects page-cache invalidation)

        post_migrate.connect(sync_site, sender=self, dispatch_uid="procedures-sync-site")


def sync_site(*, using, apps=global_apps, **kwargs):
    """Give the sites framework's Site the public address of SITE_URL and the clinic's name.

    The Site is otherwise the placeholder "example.com", which the admin's "View on site" and
    django.contrib.redirects would use. It follows after every migrate, so on each release, and
    after a flush (which sends no `apps`: then the models as they are). The port stays in the
    domain when SITE_URL has one, as "View on site" links need it.
    """
    try:
        Site = apps.get_model("sites", "Site")
        Clinic = apps.get_model("procedures", "Clinic")
    except LookupError:  # migrated back past either model's first migration
        return
    if not router.allow_migrate_model(using, Site):
        return
    # Before the clinic's details are entered, the name they will default to.
    clinic = Clinic.objects.using(using).filter(pk=1).first() or Clinic()
    name_length = Site._meta.get_field("name").max_length
    Site.objects.using(using).update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": urlsplit(settings.SITE_URL).netloc, "name": clinic.name[:name_length]},
    )
    # Site.objects.get_current() keeps Sites in memory; a migrate in a running process must not
    # leave the old one there.
    Site.objects.clear_cache()
