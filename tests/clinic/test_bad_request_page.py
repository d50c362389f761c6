"""A bad request (a disallowed host, a SuspiciousOperation) gets a 400 page in the site's design.

The page must work however broken the request is, so it reads nothing from the database.
"""

from urllib.parse import urlencode

import pytest
from django.core.exceptions import SuspiciousOperation
from django.test import RequestFactory
from django.urls import path

from clinic import urls as clinic_urls
from clinic import urls as site_urls
from clinic import views
from tests.markup import parse

pytestmark = pytest.mark.django_db

HEADING = "Sorry, we couldn’t understand that request"


def suspicious(request):
    raise SuspiciousOperation("secret internal detail")


# The site's own URLs and 400 handler, plus one view that raises.
urlpatterns = [path("suspicious/", suspicious), *clinic_urls.urlpatterns]
handler400 = site_urls.handler400


@pytest.fixture(autouse=True)
def production_mode(settings):
    """With debug on, Django shows its technical page instead; production runs with it off."""
    settings.DEBUG = False


def assert_friendly_400_page(response, *secrets):
    assert response.status_code == 400
    document = parse(response.content)
    assert document.find("a", **{"class": "skip-link"}).get("href") == "#main"
    assert document.find("header", **{"class": "site-header"})
    assert document.find("h1").text == HEADING
    assert document.title == "Request not understood | Advanced Pain Medical Group"
    content = response.content.decode()
    assert "Traceback" not in content
    for secret in secrets:
        assert secret not in content


def test_a_disallowed_host_gets_the_sites_400_page(client):
    response = client.get("/", headers={"host": "attacker.example"})

    assert_friendly_400_page(response, "attacker.example", "ALLOWED_HOSTS")


@pytest.mark.urls(__name__)
def test_a_suspicious_operation_gets_the_sites_400_page(client):
    response = client.get("/suspicious/")

    assert_friendly_400_page(response, "secret internal detail")


def test_the_400_page_renders_while_the_database_is_out_of_reach(django_db_blocker):
    request = RequestFactory().get("/", headers={"host": "attacker.example"})

    with django_db_blocker.block():
        response = views.bad_request(request, SuspiciousOperation("secret internal detail"))

    assert_friendly_400_page(response, "secret internal detail")


def test_a_form_post_with_too_many_fields_gets_the_sites_400_page(client, settings):
    # Short names, URL-encoded: the body stays well under the form's size limit (a 413).
    fields = {f"f{number}": "" for number in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}

    response = client.post(
        "/consultation/", urlencode(fields), content_type="application/x-www-form-urlencoded"
    )

    assert_friendly_400_page(response, "DATA_UPLOAD_MAX_NUMBER_FIELDS")


def test_the_site_uses_the_400_handler():
    assert site_urls.handler400 == "clinic.views.bad_request"
