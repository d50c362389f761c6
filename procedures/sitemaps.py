from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import ClinicPage, Condition, Location, Physician, Procedure


class SiteUrlSitemap(Sitemap):
    """Addresses come from SITE_URL, like canonical links, not from the sites framework."""

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme


class IndexSitemap(SiteUrlSitemap):
    def items(self):
        return [
            "procedures:home",
            "procedures:list",
            "procedures:condition_list",
            "procedures:insurance",
            "procedures:physician_list",
            "procedures:location_list",
            "consultations:request",
        ]

    def location(self, item):
        return reverse(item)


class ProcedureSitemap(SiteUrlSitemap):
    def items(self):
        return Procedure.objects.published().only("slug", "kind", "updated_at")

    def lastmod(self, page):
        return page.updated_at


class ConditionSitemap(ProcedureSitemap):
    def items(self):
        return Condition.objects.published().only("slug", "kind", "updated_at")


class PhysicianSitemap(ProcedureSitemap):
    def items(self):
        # A placeholder's profile is no one's: it is shown, but not offered to search engines.
        return Physician.objects.listed().filter(is_placeholder=False).only("slug", "updated_at")


class LocationSitemap(SiteUrlSitemap):
    def items(self):
        return Location.objects.active().only("slug", "updated_at")

    def lastmod(self, location):
        return location.updated_at


class ClinicPageSitemap(ProcedureSitemap):
    def items(self):
        return ClinicPage.objects.published().only("slug", "kind", "updated_at")


SITEMAPS = {
    "pages": IndexSitemap,
    "procedures": ProcedureSitemap,
    "conditions": ConditionSitemap,
    "physicians": PhysicianSitemap,
    "locations": LocationSitemap,
    "clinic-pages": ClinicPageSitemap,
}
