"""A database outage shows a 503 page in the site's design that tells a patient what to do (clinic/views.py).

The drill tests/drills/test_database_outage.py stops a real PostgreSQL under gunicorn; these tests
raise the errors Django raises then from a view.
"""

import pytest
from django.db import InterfaceError, OperationalError
from django.urls import path

from clinic import urls as clinic_urls
from tests.markup import parse

pytestmark = pytest.mark.django_db


def database_unreachable(request):
    raise OperationalError('connection to server at "10.0.0.5", port 5432 failed: Connection refused')


def connection_closed(request):
    raise InterfaceError("connection already closed")


def other_failure(request):
    raise RuntimeError("secret internal detail")


urlpatterns = [
    path("unreachable/", database_unreachable),
    path("closed/", connection_closed),
    path("fails/", other_failure),
    *clinic_urls.urlpatterns,
]
handler500 = "clinic.views.server_error"


@pytest.mark.urls(__name__)
@pytest.mark.parametrize("url", ["/unreachable/", "/closed/"])
def test_a_database_outage_shows_the_503_page_with_what_to_do(error_page_client, url):
    response = error_page_client.post(url)

    assert response.status_code == 503
    document = parse(response.content)
    assert document.find("a", **{"class": "skip-link"}).get("href") == "#main"
    assert document.find("h1").text == "Sorry, we can’t answer right now"
    content = response.content.decode()
    assert "If you were sending us a consultation request, it was not received.</strong>" in content
    assert "call the clinic" in content
    assert "Traceback" not in content
    assert "10.0.0.5" not in content


@pytest.mark.urls(__name__)
def test_the_503_page_asks_to_retry_later_and_is_never_cached(error_page_client):
    response = error_page_client.get("/unreachable/")

    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.urls(__name__)
def test_other_errors_still_show_the_500_page(error_page_client):
    response = error_page_client.get("/fails/")

    assert response.status_code == 500
    assert parse(response.content).find("h1").text == "Sorry, something went wrong on our side"
    assert "secret internal detail" not in response.content.decode()


def test_the_site_uses_this_handler():
    from clinic import urls

    assert urls.handler500 == "clinic.views.server_error"
