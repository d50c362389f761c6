"""During a database outage the 503 page gives the clinic's phone number, if this process has seen it.

The outage is simulated by making the test's database connection refuse every query with the
OperationalError a stopped server gives; tests/drills/test_database_outage.py stops a real one.
"""

import time

import pytest
from django.db import OperationalError, connection

from clinic import contact
from consultations import spam
from tests.factories import ClinicFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db

FORM_URL = "/consultation/"


@pytest.fixture
def process_never_saw_the_clinic(monkeypatch):
    """As in a process that has rendered no page since it started."""
    monkeypatch.setattr(contact, "last_known_clinic", None)


@pytest.fixture
def stop_the_database(monkeypatch):
    def refuse():
        raise OperationalError('connection to server at "10.0.0.5", port 5432 failed: Connection refused')

    return lambda: monkeypatch.setattr(connection, "ensure_connection", refuse)


def send_the_form(client):
    return client.post(
        FORM_URL,
        {
            "first_name": "Rosalind",
            "last_name": "Quimby",
            "phone": "(310) 555-0187",
            "contact_method": "phone",
            "best_time": "any",
            "insurance": "ppo",
            "consent": "on",
            "started": spam.form_started_token(time.time() - 60),
        },
    )


def test_after_a_page_view_the_503_page_links_to_the_clinics_phone(
    error_page_client, process_never_saw_the_clinic, stop_the_database
):
    ClinicFactory(main_phone="+13105550142")
    assert error_page_client.get(FORM_URL).status_code == 200

    stop_the_database()
    response = send_the_form(error_page_client)

    assert response.status_code == 503
    document = parse(response.content)
    assert document.find("h1").text == "Sorry, we can’t answer right now"
    call = document.find("a", href="tel:+13105550142")
    assert call.text == "(310) 555-0142"
    assert "10.0.0.5" not in response.content.decode()


def test_the_503_page_gives_the_phone_the_process_read_last(
    error_page_client, process_never_saw_the_clinic, stop_the_database
):
    clinic = ClinicFactory(main_phone="+13105550142")
    error_page_client.get(FORM_URL)
    clinic.main_phone = "+13105550199"
    clinic.save()
    error_page_client.get(FORM_URL)

    stop_the_database()
    document = parse(send_the_form(error_page_client).content)

    assert document.find("a", href="tel:+13105550199").text == "(310) 555-0199"
    assert not document.find_all("a", href="tel:+13105550142")


def test_without_a_page_view_the_503_page_still_says_to_call_without_a_number(
    error_page_client, process_never_saw_the_clinic, stop_the_database
):
    ClinicFactory(main_phone="+13105550142")

    stop_the_database()
    response = send_the_form(error_page_client)

    assert response.status_code == 503
    document = parse(response.content)
    assert document.find("h1").text == "Sorry, we can’t answer right now"
    assert "Please send it again in a few minutes, or call the clinic." in response.content.decode()
    assert not [link for link in document.find_all("a") if (link.get("href") or "").startswith("tel:")]
