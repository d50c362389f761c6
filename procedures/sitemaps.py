from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from django.utils import translation

from .models import ClinicPage, Condition, Location, Page, Physician, Procedure
from .page_languages import with_alternate


class SiteUrlSitemap(Sitemap):
    """Addresses come from SITE_URL, like canonical links, not from the sites framework.

    Each address in every language, with its alternates (xhtml:link hreflang, x-default English).
    """

    i18n = True
    alternates = True
    x_default = True

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
    """A page is an item with its English address and, when its Spanish version is published, the
    Spanish one: a page is listed in a language only when it exists in it."""

    model = Procedure

    def items(self):
        pages = self.model.objects.published().in_language(settings.LANGUAGE_CODE)
        return with_alternate(pages.only("slug", "kind", "language", "updated_at"))

    def get_languages_for_item(self, page):
        return [page.language] + ([page.alternate_language] if page.alternate_slug else [])

    def location(self, page):
        language = translation.get_language()
        if language == page.language:
            return page.get_absolute_url()
        return Page(kind=page.kind, slug=page.alternate_slug, language=language).get_absolute_url()

    def lastmod(self, page):
        return page.updated_at


class ConditionSitemap(ProcedureSitemap):
    model = Condition


class PhysicianSitemap(SiteUrlSitemap):
    def items(self):
        # A placeholder's profile is no one's: it is shown, but not offered to search engines.
        return Physician.objects.listed().filter(is_placeholder=False).only("slug", "updated_at")

    def lastmod(self, physician):
        return physician.updated_at


class LocationSitemap(SiteUrlSitemap):
    def items(self):
        return Location.objects.active().only("slug", "updated_at")

    def lastmod(self, location):
        return location.updated_at


class ClinicPageSitemap(ProcedureSitemap):
    model = ClinicPage


SITEMAPS = {
    "pages": IndexSitemap,
    "procedures": ProcedureSitemap,
    "conditions": ConditionSitemap,
    "physicians": PhysicianSitemap,
    "locations": LocationSitemap,
    "clinic-pages": ClinicPageSitemap,
}
