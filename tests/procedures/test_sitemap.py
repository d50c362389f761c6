"""Search engines get every published page from /sitemap.xml and stay out of the admin."""

import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.utils import timezone

from procedures.models import Page
from tests.factories import ConditionFactory, ProcedureFactory

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_entries(client) -> dict[str, str | None]:
    """Each address in the sitemap with its last-modified date (None if it has none)."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.findtext("sm:loc", namespaces=NS): url.findtext("sm:lastmod", namespaces=NS)
        for url in root.findall("sm:url", NS)
    }


def test_sitemap_lists_every_published_page_with_its_last_modified_date(client):
    procedure = ProcedureFactory()
    condition = ConditionFactory()

    entries = sitemap_entries(client)

    for page in (procedure, condition):
        assert (
            entries[settings.SITE_URL + page.get_absolute_url()]
            == timezone.localdate(page.updated_at).isoformat()
        )


def test_sitemap_lists_the_home_page_and_indexes(client):
    entries = sitemap_entries(client)

    assert {settings.SITE_URL + path for path in ("/", "/procedures/", "/conditions/")} <= entries.keys()


def test_sitemap_lists_the_consultation_form_but_not_its_confirmation_pages(client):
    entries = sitemap_entries(client)

    assert settings.SITE_URL + "/consultation/" in entries
    assert not [address for address in entries if "/consultation/thanks/" in address]


def test_sitemap_leaves_out_drafts(client):
    ProcedureFactory(slug="published")
    ProcedureFactory(slug="unfinished", status=Page.Status.DRAFT)
    ConditionFactory(slug="unfinished-condition", status=Page.Status.DRAFT)

    paths = {url.removeprefix(settings.SITE_URL) for url in sitemap_entries(client)}

    assert "/procedures/published/" in paths
    assert "/procedures/unfinished/" not in paths
    assert "/conditions/unfinished-condition/" not in paths


def test_sitemap_addresses_use_the_site_url_not_the_request_host(client):
    ProcedureFactory()

    entries = sitemap_entries(client)

    assert entries
    assert all(url.startswith(settings.SITE_URL + "/") for url in entries)


def test_a_page_published_after_the_sitemap_was_cached_appears_in_it(client):
    sitemap_entries(client)
    page = ProcedureFactory()

    assert settings.SITE_URL + page.get_absolute_url() in sitemap_entries(client)


def test_robots_txt_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.content.decode().splitlines()


def test_robots_txt_names_the_sitemap(client):
    lines = client.get("/robots.txt").content.decode().splitlines()

    assert f"Sitemap: {settings.SITE_URL}/sitemap.xml" in lines
