"""A page's language comes from its address alone: /es/… is Spanish, every other address English.

Never from a cookie or the browser's Accept-Language (issue #13): a patient reads the language of the
link they followed, the address carries the choice without a cookie, and a cached page is the same
for every visitor (no Vary: Accept-Language), so nginx and the page cache keep one copy.
"""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def test_an_address_without_a_language_prefix_is_english_whatever_the_browser_prefers(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9")

    assert response.status_code == 200
    assert response["Content-Language"] == "en"
    assert "Accept-Language" not in response.get("Vary", "")
    assert not response.cookies


def test_an_address_under_es_is_spanish(client):
    response = client.get("/es/", HTTP_ACCEPT_LANGUAGE="en-US")

    assert response.status_code == 200
    assert response["Content-Language"] == "es"
    assert "Accept-Language" not in response.get("Vary", "")
    assert not response.cookies


def test_no_redirect_by_browser_language(client):
    response = client.get("/procedures/", HTTP_ACCEPT_LANGUAGE="es")

    assert response.status_code == 200
    assert response["Content-Language"] == "en"


def test_english_addresses_are_unchanged_and_spanish_ones_are_translated():
    with translation.override("en"):
        assert reverse("procedures:list") == "/procedures/"
        assert reverse("consultations:request") == "/consultation/"
    with translation.override("es"):
        assert reverse("procedures:list") == "/es/procedimientos/"
        assert reverse("procedures:condition_list") == "/es/afecciones/"
        assert reverse("procedures:search") == "/es/buscar/"
        assert reverse("consultations:request") == "/es/consulta/"


@pytest.mark.parametrize("path", ["/admin/login/", "/sitemap.xml", "/robots.txt", "/healthz"])
def test_addresses_outside_the_pages_have_no_spanish_twin(client, path):
    # /es/healthz first gains its slash (a clinic page's address could be /es/healthz/), then is not found.
    assert client.get(f"/es{path}", follow=True).status_code == 404


def test_the_english_page_under_a_spanish_prefix_is_not_found(client):
    assert client.get("/es/procedures/").status_code == 404


def test_a_spanish_request_leaves_the_threads_language_as_it_found_it(client):
    """Whatever runs next in the same thread (the next request's middleware, a test, a task) starts
    from the language it had, not from the last page's."""
    with translation.override("en"):
        client.get("/es/")

        assert translation.get_language() == "en"
