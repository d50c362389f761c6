"""axe-core finds no WCAG 2.2 AA violation on the 400 and 503 pages, on a desktop and on a phone screen.

A browser here can send neither a disallowed Host header nor a request to a stopped database, so
the tab gets each page exactly as its handler renders it, at an address on the live server: the
stylesheet and icons are the real ones.
"""

import pytest
from django.core.exceptions import SuspiciousOperation
from django.db import OperationalError
from django.test import RequestFactory

from clinic import views

from .checks import axe_violations, horizontal_overflow

pytestmark = pytest.mark.django_db(transaction=True)


def show(tab, response):
    tab.route(
        "**/error-page/",
        lambda route: route.fulfill(
            status=response.status_code, body=response.content, content_type=response["Content-Type"]
        ),
    )
    assert tab.goto("/error-page/").status == response.status_code


def test_bad_request_page_has_no_violations(tab, clinic_content):
    show(tab, views.bad_request(RequestFactory().get("/"), SuspiciousOperation()))

    assert tab.get_by_role("heading", level=1).inner_text() == "Sorry, we couldn’t understand that request"
    assert (axe_violations(tab), horizontal_overflow(tab)) == ("", 0)


def test_outage_page_with_the_clinics_phone_has_no_violations(tab, clinic_content):
    # A page view on the live server (this process) lets the 503 page give the phone number.
    tab.goto("/consultation/")
    try:
        raise OperationalError("the database stopped")
    except OperationalError:
        response = views.server_error(RequestFactory().post("/consultation/"))

    show(tab, response)

    assert tab.locator("main a[href^='tel:']").count() == 1
    assert (axe_violations(tab), horizontal_overflow(tab)) == ("", 0)
