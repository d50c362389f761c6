import re

import pytest
from django.db import transaction
from django_tasks_db.models import DBTaskResult
from phonenumber_field.phonenumber import PhoneNumber

from consultations import models, services
from consultations.models import ConsultationRequest, Event, NoticeRecipient, Notification
from tests.factories import (
    ConsultationRequestFactory,
    FrontDeskFactory,
    LocationFactory,
    NoticeRecipientFactory,
)

pytestmark = pytest.mark.django_db


def create(**changes) -> ConsultationRequest:
    fields = {
        "first_name": "Rosalind",
        "last_name": "Quimby",
        "phone": PhoneNumber.from_string("+13105550187"),
        "email": "rosalind@example.org",
        "contact_method": "phone",
        "best_time": "any",
        "location": None,
        "procedure": None,
        "condition": None,
        "insurance": "ppo",
        "insurance_label": "PPO",
        "description": "Low back pain.",
        "heard_about": "",
        "source_path": "",
    }
    return services.consultation_request_create(**{**fields, **changes})


def queued_notification_ids() -> list[int]:
    return sorted(row.args_kwargs["args"][0] for row in DBTaskResult.objects.all())


def test_a_saved_request_has_its_emails_queued_in_the_database():
    consultation_request = create()

    notifications = consultation_request.notifications.order_by("kind")
    assert [n.kind for n in notifications] == ["acknowledgement", "staff-notice"]
    assert {n.status for n in notifications} == {Notification.Status.PENDING}
    assert queued_notification_ids() == sorted(n.pk for n in notifications)
    task_paths = {row.task_path for row in DBTaskResult.objects.all()}
    assert task_paths == {"consultations.notifications.send_notification"}


def test_without_an_email_address_only_the_staff_notice_is_queued():
    consultation_request = create(email="")

    assert [n.kind for n in consultation_request.notifications.all()] == ["staff-notice"]


def test_spam_is_saved_without_queueing_any_email():
    consultation_request = create(is_spam=True)

    assert consultation_request.status == ConsultationRequest.Status.SPAM
    assert not DBTaskResult.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_request_leaves_neither_request_nor_queued_task():
    class Abort(Exception):
        pass

    with pytest.raises(Abort), transaction.atomic():
        create()
        assert DBTaskResult.objects.count() == 2  # queued inside the transaction…
        raise Abort

    assert not ConsultationRequest.objects.exists()
    assert not DBTaskResult.objects.exists()  # …and gone with it


@pytest.mark.django_db(transaction=True)
def test_once_the_service_returns_the_request_and_its_tasks_are_committed_together():
    """What another process (a worker) sees right after the commit, even if the web process then dies."""
    consultation_request = create()

    with transaction.atomic():  # a fresh read, outside any transaction of the service
        assert ConsultationRequest.objects.filter(pk=consultation_request.pk).exists()
        assert DBTaskResult.objects.ready().count() == 2


def test_a_description_with_a_red_flag_marks_the_request_urgent_with_its_reasons():
    consultation_request = create(description="I fell off a ladder and now have a fever")

    assert consultation_request.is_urgent
    assert (
        consultation_request.urgent_reasons
        == "Fever with back pain; Back pain after a major fall or accident"
    )


def test_references_are_unique_and_a_collision_draws_again(monkeypatch):
    ConsultationRequestFactory(reference="APM-AAAAA")
    # The random source replays a fixed sequence: two draws of the taken reference, then a free one.
    drawn = iter("A" * 10 + "B" * 5)
    monkeypatch.setattr(models.secrets, "choice", lambda alphabet: next(drawn))

    assert create().reference == "APM-BBBBB"


def test_references_use_only_unambiguous_characters():
    # Uniqueness is the database's job (a collision draws again, above): 500 random draws from
    # 29^5 references repeat one about once in 170 runs, so this test does not ask for it.
    references = [models.new_reference() for _ in range(500)]

    # Spelled out here, not taken from the code: no 0/O, 1/I/L or U/V look-alikes.
    assert all(re.fullmatch(r"APM-[23456789ABCDEFGHJKMNPQRSTWXYZ]{5}", r) for r in references)


def test_a_status_change_is_recorded_with_who_and_when_and_the_first_response_time():
    consultation_request = ConsultationRequestFactory()
    staff = FrontDeskFactory(first_name="Dana", last_name="Lee")

    services.consultation_request_set_status(
        consultation_request=consultation_request, status="attempted", by=staff
    )
    first_response = ConsultationRequest.objects.get().first_responded_at
    services.consultation_request_set_status(
        consultation_request=consultation_request, status="contacted", by=staff
    )

    event = Event.objects.filter(action=Event.Action.STATUS).last()
    assert (event.actor, event.old_value, event.new_value) == (staff, "Attempted contact", "Contacted")
    assert event.created_at is not None
    assert first_response is not None
    assert ConsultationRequest.objects.get().first_responded_at == first_response


def test_setting_the_same_status_again_records_nothing():
    consultation_request = ConsultationRequestFactory(status="closed")

    changed = services.consultation_request_set_status(
        consultation_request=consultation_request, status="closed", by=FrontDeskFactory()
    )

    assert not changed
    assert not Event.objects.exists()


def test_closing_or_marking_spam_is_not_a_response():
    consultation_request = ConsultationRequestFactory()

    services.consultation_request_set_status(
        consultation_request=consultation_request, status="spam", by=None
    )

    assert ConsultationRequest.objects.get().first_responded_at is None


def test_an_assignment_is_recorded_with_both_names():
    consultation_request = ConsultationRequestFactory()
    first = FrontDeskFactory(username="dana")
    second = FrontDeskFactory(username="eli")

    services.consultation_request_assign(consultation_request=consultation_request, assignee=first, by=first)
    services.consultation_request_assign(consultation_request=consultation_request, assignee=second, by=first)

    events = list(Event.objects.filter(action=Event.Action.ASSIGNED).values_list("old_value", "new_value"))
    assert events == [("nobody", "dana"), ("dana", "eli")]
    assert ConsultationRequest.objects.get().assigned_to == second


def test_resending_the_staff_notice_makes_it_pending_and_queues_it_again():
    consultation_request = create(email="")
    notice = consultation_request.notifications.get()
    Notification.objects.filter(pk=notice.pk).update(status="sent")
    DBTaskResult.objects.all().delete()
    staff = FrontDeskFactory()

    services.staff_notice_resend(consultation_request=consultation_request, by=staff)

    assert Notification.objects.get().status == Notification.Status.PENDING
    assert queued_notification_ids() == [notice.pk]
    assert Event.objects.filter(action=Event.Action.NOTICE_RESENT, actor=staff).exists()


def test_the_staff_notice_goes_to_the_locations_recipients_or_else_the_default_list():
    west, east = LocationFactory(), LocationFactory()
    NoticeRecipientFactory(email="default@clinic.example")
    NoticeRecipientFactory(email="west@clinic.example", location=west)
    NoticeRecipientFactory(email="old@clinic.example", location=west, is_active=False)

    assert NoticeRecipient.objects.for_location(west) == ["west@clinic.example"]
    assert NoticeRecipient.objects.for_location(east) == ["default@clinic.example"]
    assert NoticeRecipient.objects.for_location(None) == ["default@clinic.example"]
