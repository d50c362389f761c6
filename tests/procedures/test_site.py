"""After every migrate, the sites framework's Site is the site's public address and the clinic's name."""

import pytest
from django.conf import settings
from django.contrib.sites.models import Site
from django.core.management import call_command

from tests.factories import ClinicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def placeholder_site():
    """The Site as django.contrib.sites creates it, already read into its in-memory cache."""
    Site.objects.filter(pk=settings.SITE_ID).update(domain="example.com", name="example.com")
    Site.objects.clear_cache()
    assert Site.objects.get_current().domain == "example.com"


def migrate():
    call_command("migrate", verbosity=0, interactive=False)


def test_migrate_gives_the_site_the_host_of_site_url_and_the_clinics_name(placeholder_site, settings):
    settings.SITE_URL = "https://www.valley-spine.test"
    ClinicFactory(name="Valley Spine and Pain")

    migrate()

    site = Site.objects.get_current()
    assert (site.pk, site.domain, site.name) == (
        settings.SITE_ID,
        "www.valley-spine.test",
        "Valley Spine and Pain",
    )


def test_a_port_in_site_url_stays_in_the_domain_for_view_on_site_links(placeholder_site, settings):
    settings.SITE_URL = "http://127.0.0.1:8000"

    migrate()

    assert Site.objects.get_current().domain == "127.0.0.1:8000"


def test_before_the_clinics_details_are_entered_the_site_takes_their_default_name(placeholder_site):
    migrate()

    assert Site.objects.get_current().name == "Advanced Pain Medical Group"


def test_a_clinic_name_longer_than_a_site_name_can_hold_is_cut_to_fit(placeholder_site):
    ClinicFactory(name="Advanced Pain Medical Group of Greater Los Angeles and the Valleys")

    migrate()

    assert Site.objects.get_current().name == "Advanced Pain Medical Group of Greater Los Angeles"


@pytest.mark.django_db(transaction=True)
def test_flush_which_empties_every_table_leaves_the_site_as_site_url_says(settings):
    settings.SITE_URL = "https://www.valley-spine.test"

    call_command("flush", verbosity=0, interactive=False)

    assert Site.objects.get(pk=settings.SITE_ID).domain == "www.valley-spine.test"


def test_a_missing_site_is_created(settings):
    settings.SITE_URL = "https://www.valley-spine.test"
    Site.objects.all().delete()

    migrate()

    assert Site.objects.get(pk=settings.SITE_ID).domain == "www.valley-spine.test"
