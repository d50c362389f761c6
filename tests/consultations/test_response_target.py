"""Patients are promised the response target that staff work to: one setting, said the same everywhere."""

from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from consultations import notifications
from consultations.business_hours import response_target_text
from consultations.models import ConsultationRequest, Notification

WEEKDAYS = "mon,tue,wed,thu,fri"


@pytest.mark.parametrize(
    ("minutes", "days", "hours", "text"),
    [
        (120, WEEKDAYS, "08:00-17:00", "within two business hours"),
        (60, WEEKDAYS, "08:00-17:00", "within one business hour"),
        (90, WEEKDAYS, "08:00-17:00", "within two business hours"),
        (30, WEEKDAYS, "08:00-17:00", "within 30 minutes during business hours"),
        (9 * 60, WEEKDAYS, "08:00-17:00", "within one business day"),
        (10 * 60, WEEKDAYS, "08:00-17:00", "within two business days"),
        (24 * 60, "mon,tue,wed,thu,fri,sat,sun", "00:00-24:00", "within one day"),
        (180, "mon,tue,wed,thu,fri,sat,sun", "00:00-24:00", "within three hours"),
    ],
)
def test_the_response_target_is_said_in_words_from_the_settings(settings, minutes, days, hours, text):
    settings.CONSULTATION_RESPONSE_TARGET_MINUTES = minutes
    settings.CONSULTATION_BUSINESS_DAYS = days
    settings.CONSULTATION_BUSINESS_HOURS = hours

    assert response_target_text() == text


def test_no_template_writes_a_response_time_of_its_own():
    templates = Path(settings.BASE_DIR) / "templates"

    assert [p.name for p in templates.rglob("*.*") if "business day" in p.read_text()] == []


@pytest.mark.django_db
def test_the_form_the_confirmation_and_the_email_all_say_the_response_target_of_the_setting(
    clinic, valid_data, settings
):
    settings.CONSULTATION_RESPONSE_TARGET_MINUTES = 240
    client = Client()

    form_page = client.get("/consultation/").content.decode()
    confirmation = client.get(client.post("/consultation/", valid_data)["Location"]).content.decode()
    acknowledgement = Notification.objects.get(
        consultation_request=ConsultationRequest.objects.get(), kind=Notification.Kind.ACKNOWLEDGEMENT
    )
    email = notifications.compose(acknowledgement).body

    for text in (form_page, confirmation, email):
        assert "usually within four business hours" in text
