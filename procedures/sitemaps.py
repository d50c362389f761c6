from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Condition, Procedure


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


SITEMAPS = {"pages": IndexSitemap, "procedures": ProcedureSitemap, "conditions": ConditionSitemap}
