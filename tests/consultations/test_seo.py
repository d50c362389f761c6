"""The form page is indexed under one canonical address; the confirmation page is never indexed."""

import pytest
from django.conf import settings
from django.core import signing

from consultations import views
from tests.markup import parse

pytestmark = pytest.mark.django_db

FORM_URL = "/consultation/"


@pytest.mark.parametrize("query", ["", "?procedure=lumbar-facet-injections", "?condition=spinal-stenosis"])
def test_the_form_page_has_one_canonical_link_to_its_address_without_the_query(client, clinic, query):
    document = parse(client.get(FORM_URL + query).content)

    assert document.find("link", rel="canonical").get("href") == settings.SITE_URL + FORM_URL
    assert document.meta(property="og:url") == settings.SITE_URL + FORM_URL
    assert not document.find_all("meta", name="robots")


def test_the_form_page_after_an_error_keeps_its_canonical_link(client, clinic):
    document = parse(client.post(FORM_URL, {"first_name": "Rosalind"}).content)

    assert document.find("link", rel="canonical").get("href") == settings.SITE_URL + FORM_URL


def test_the_confirmation_page_is_noindex_and_has_no_canonical_link(client, clinic, valid_data):
    response = client.post(FORM_URL, valid_data, follow=True)

    document = parse(response.content)
    assert response.redirect_chain and document.find("h1").text == "Thank you, we have your request"
    assert document.meta(name="robots") == "noindex"
    assert document.find_all("link", rel="canonical") == []


def test_an_expired_confirmation_link_is_noindex_and_has_no_canonical_link(client, clinic):
    token = signing.TimestampSigner(salt=views.THANKS_SALT).sign("APM-NONE0")

    document = parse(client.get(f"{FORM_URL}thanks/{token}/").content)

    assert document.meta(name="robots") == "noindex"
    assert document.find_all("link", rel="canonical") == []
