from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from consultations.models import ConsultationRequest, Event, Note, Notification
from tests.factories import ConsultationRequestFactory, LocationFactory, ProcedureFactory

pytestmark = pytest.mark.django_db


def aged(days, **fields):
    obj = ConsultationRequestFactory(**fields)
    ConsultationRequest.objects.filter(pk=obj.pk).update(created_at=timezone.now() - timedelta(days=days))
    return obj


def test_old_closed_and_spam_requests_lose_personal_details_but_keep_statistics(settings):
    settings.CONSULTATION_RETENTION_DAYS = 90
    location, procedure = LocationFactory(), ProcedureFactory()
    closed = aged(
        91, status="closed", location=location, procedure=procedure, is_urgent=True, urgent_reasons="Fever"
    )
    spam = aged(200, status="spam")
    Note.objects.create(consultation_request=closed, text="Called Maria back on her cell")
    Notification.objects.create(
        consultation_request=closed, kind="acknowledgement", last_error="550 maria@x rejected"
    )

    call_command("anonymize_consultation_requests", verbosity=0)

    closed.refresh_from_db()
    for field in ("first_name", "last_name", "email", "description", "source_path", "urgent_reasons"):
        assert getattr(closed, field) == "", field
    assert not closed.phone
    assert closed.anonymized_at is not None
    assert (closed.status, closed.location, closed.procedure, closed.is_urgent) == (
        "closed",
        location,
        procedure,
        True,
    )
    assert not Note.objects.exists()
    assert Notification.objects.get().last_error == ""
    assert ConsultationRequest.objects.get(pk=spam.pk).anonymized_at is not None
    assert Event.objects.filter(action="anonymized").count() == 2


def test_open_or_recent_requests_are_left_alone(settings):
    settings.CONSULTATION_RETENTION_DAYS = 90
    open_old = aged(400, status="contacted")
    recent_closed = aged(10, status="closed")

    call_command("anonymize_consultation_requests", verbosity=0)

    assert ConsultationRequest.objects.get(pk=open_old.pk).first_name == "Maria"
    assert ConsultationRequest.objects.get(pk=recent_closed.pk).first_name == "Maria"


def test_the_period_can_be_given_on_the_command_line(capsys):
    aged(10, status="closed")

    call_command("anonymize_consultation_requests", days=5)

    assert ConsultationRequest.objects.get().anonymized_at is not None
    assert "Anonymized 1 consultation request(s)" in capsys.readouterr().out


def test_running_again_changes_nothing():
    aged(400, status="closed")
    call_command("anonymize_consultation_requests", verbosity=0)
    first = ConsultationRequest.objects.get().anonymized_at

    call_command("anonymize_consultation_requests", verbosity=0)

    assert ConsultationRequest.objects.get().anonymized_at == first
    assert Event.objects.filter(action="anonymized").count() == 1
