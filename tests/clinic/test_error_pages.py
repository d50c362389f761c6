"""Errors are shown in the site's design, never as a traceback; the favicon is where browsers look."""

import pytest
from django.contrib.staticfiles import finders
from django.urls import path

from clinic import contact
from clinic import urls as clinic_urls
from tests.factories import ClinicFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db


def view_that_fails(request):
    raise RuntimeError("secret internal detail")


# For the 500 page tests: the site's own URLs and error handlers, plus one view that raises.
urlpatterns = [path("fails/", view_that_fails), *clinic_urls.urlpatterns]
handler500 = clinic_urls.handler500


def test_unknown_address_shows_the_sites_404_page(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    document = parse(response.content)
    assert document.find("a", **{"class": "skip-link"}).get("href") == "#main"
    assert document.find("header", **{"class": "site-header"})
    assert document.find("h1").text == "We can’t find that page"


@pytest.mark.urls(__name__)
def test_server_error_shows_the_sites_500_page_without_a_traceback(client):
    client.raise_request_exception = False

    response = client.get("/fails/")

    assert response.status_code == 500
    document = parse(response.content)
    assert document.find("a", **{"class": "skip-link"}).get("href") == "#main"
    assert document.find("h1").text == "Sorry, something went wrong on our side"
    content = response.content.decode()
    assert "Traceback" not in content
    assert "secret internal detail" not in content


@pytest.mark.urls(__name__)
def test_the_500_page_links_to_the_phone_this_process_last_read(client):
    client.raise_request_exception = False
    ClinicFactory(main_phone="+13105550142")
    client.get("/no-such-page/")  # any page rendered with the clinic's details

    response = client.get("/fails/")

    assert response.status_code == 500
    call = parse(response.content).find("a", href="tel:+13105550142")
    assert call.text == "(310) 555-0142"
    # The link sits inside the sentence, with nothing between it and the full stop.
    assert "(310) 555-0142</a>." in response.content.decode()


@pytest.mark.urls(__name__)
def test_the_500_page_still_renders_in_a_process_that_never_read_the_clinic(client, monkeypatch):
    client.raise_request_exception = False
    monkeypatch.setattr(contact, "last_known_clinic", None)

    response = client.get("/fails/")

    assert response.status_code == 500
    assert parse(response.content).find("h1").text == "Sorry, something went wrong on our side"
    assert "tel:" not in response.content.decode()


def test_favicon_ico_redirects_to_a_static_file_that_exists(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    static_file = client.get(response["Location"])
    assert static_file.status_code == 200
    assert b"".join(static_file.streaming_content) == open(finders.find("img/favicon.ico"), "rb").read()
