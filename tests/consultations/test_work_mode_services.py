"""Work mode's services: each call outcome's effect on the request and the queue, claims, urgency."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from consultations import services
from consultations.business_hours import business_time_after, response_cutoff
from consultations.models import CallAttempt, ConsultationRequest, Event, Notification, QueueBucket
from tests.factories import ConsultationRequestFactory, FrontDeskFactory, LocationFactory

Outcome = CallAttempt.Outcome
Status = ConsultationRequest.Status
pytestmark = pytest.mark.django_db
LA = ZoneInfo("America/Los_Angeles")


@pytest.fixture
def round_the_clock(settings):
    """Every hour counts as business time, so retries fall a plain CONSULTATION_RETRY_MINUTES later."""
    settings.CONSULTATION_BUSINESS_DAYS = "mon,tue,wed,thu,fri,sat,sun"
    settings.CONSULTATION_BUSINESS_HOURS = "00:00-24:00"


def record(consultation_request, by, outcome, **details):
    services.call_attempt_record(consultation_request=consultation_request, by=by, outcome=outcome, **details)
    consultation_request.refresh_from_db()
    return consultation_request


def queue():
    now = timezone.now()
    return {
        r.pk: r.queue_bucket for r in ConsultationRequest.objects.queue(now=now, cutoff=response_cutoff(now))
    }


def test_no_answer_counts_an_unanswered_attempt_and_brings_the_request_back_after_the_retry_delay(
    front_desk, settings, round_the_clock
):
    settings.CONSULTATION_RETRY_MINUTES = 90
    consultation_request = ConsultationRequestFactory()
    before = timezone.now()

    record(consultation_request, front_desk, Outcome.NO_ANSWER, note="Rang eight times")

    assert consultation_request.status == Status.ATTEMPTED
    assert (consultation_request.attempt_count, consultation_request.unanswered_attempts) == (1, 1)
    assert consultation_request.first_responded_at >= before
    assert consultation_request.first_reached_at is None
    retry = consultation_request.next_callback_at - consultation_request.first_responded_at
    assert timedelta(minutes=89) < retry <= timedelta(minutes=90)
    assert queue()[consultation_request.pk] == QueueBucket.WAITING
    attempt = consultation_request.attempts.get()
    assert (attempt.by, attempt.outcome, attempt.note) == (front_desk, "no-answer", "Rang eight times")


def test_a_retry_after_no_answer_never_falls_while_the_office_is_closed(settings):
    settings.CONSULTATION_BUSINESS_DAYS = "mon,tue,wed,thu,fri"
    settings.CONSULTATION_BUSINESS_HOURS = "08:00-17:00"
    friday_late = datetime(2026, 11, 27, 16, 50, tzinfo=LA)

    assert business_time_after(friday_late, 30) == datetime(2026, 11, 30, 8, 20, tzinfo=LA)
    assert business_time_after(datetime(2026, 11, 28, 10, 0, tzinfo=LA), 60) == datetime(
        2026, 11, 30, 9, 0, tzinfo=LA
    )


def test_the_first_attempt_keeps_its_time_to_first_response(front_desk):
    consultation_request = ConsultationRequestFactory()
    record(consultation_request, front_desk, Outcome.VOICEMAIL)
    first = consultation_request.first_responded_at

    record(consultation_request, front_desk, Outcome.NO_ANSWER)

    assert consultation_request.first_responded_at == first
    assert (consultation_request.attempt_count, consultation_request.unanswered_attempts) == (2, 2)


def test_a_wrong_number_is_an_attempt_flagged_in_the_history_with_no_retry(front_desk):
    consultation_request = ConsultationRequestFactory()

    record(consultation_request, front_desk, Outcome.WRONG_NUMBER)

    assert consultation_request.status == Status.ATTEMPTED
    assert consultation_request.next_callback_at is None
    assert consultation_request.unanswered_attempts == 0
    call = consultation_request.events.get(action=Event.Action.CALL)
    assert (call.actor, call.new_value) == (front_desk, "Wrong number: check the number the patient gave")


def test_scheduled_takes_the_request_out_of_the_queue_with_its_appointment(front_desk):
    consultation_request = ConsultationRequestFactory(is_urgent=True)
    record(consultation_request, front_desk, Outcome.NO_ANSWER)
    location = LocationFactory(name="West Los Angeles")
    appointment = timezone.now() + timedelta(days=3)

    record(
        consultation_request,
        front_desk,
        Outcome.SCHEDULED,
        appointment_at=appointment,
        appointment_location=location,
    )

    assert consultation_request.status == Status.SCHEDULED
    assert consultation_request.first_reached_at is not None
    assert (consultation_request.attempt_count, consultation_request.unanswered_attempts) == (2, 0)
    assert consultation_request.next_callback_at is None
    assert consultation_request.pk not in queue()
    attempt = consultation_request.attempts.get(outcome=Outcome.SCHEDULED)
    assert (attempt.appointment_at, attempt.appointment_location) == (appointment, location)
    history = list(consultation_request.events.values_list("action", "old_value", "new_value"))
    assert ("status", "Attempted contact", "Scheduled") in history
    assert any(action == "call" and "West Los Angeles" in new for action, _, new in history)


def test_call_back_later_keeps_the_request_until_the_time_the_patient_gave_then_it_is_due(front_desk):
    consultation_request = ConsultationRequestFactory(is_urgent=True)
    callback = timezone.now() + timedelta(hours=4)

    record(consultation_request, front_desk, Outcome.CALL_BACK, callback_at=callback)

    assert consultation_request.status == Status.CONTACTED
    assert consultation_request.next_callback_at == callback
    # Reached: no longer pinned as urgent, and waiting for its time.
    assert queue()[consultation_request.pk] == QueueBucket.WAITING
    ConsultationRequest.objects.filter(pk=consultation_request.pk).update(
        next_callback_at=timezone.now() - timedelta(minutes=1)
    )
    assert queue()[consultation_request.pk] == QueueBucket.CALLBACK_DUE


def test_not_interested_closes_the_request_with_the_reason(front_desk):
    consultation_request = ConsultationRequestFactory()

    record(
        consultation_request, front_desk, Outcome.NOT_INTERESTED, close_reason="  Already  treated elsewhere "
    )

    assert consultation_request.status == Status.CLOSED
    assert consultation_request.attempts.get().close_reason == "Already treated elsewhere"
    assert consultation_request.pk not in queue()


def test_spam_leaves_the_queue(front_desk):
    consultation_request = ConsultationRequestFactory()

    record(consultation_request, front_desk, Outcome.SPAM)

    assert consultation_request.status == Status.SPAM
    assert consultation_request.pk not in queue()


def test_an_unanswered_call_after_reaching_the_patient_leaves_them_contacted(front_desk):
    consultation_request = ConsultationRequestFactory()
    record(
        consultation_request, front_desk, Outcome.CALL_BACK, callback_at=timezone.now() + timedelta(hours=1)
    )

    record(consultation_request, front_desk, Outcome.VOICEMAIL)

    assert consultation_request.status == Status.CONTACTED
    assert consultation_request.unanswered_attempts == 1


@pytest.mark.parametrize(
    ("outcome", "details", "field"),
    [
        (Outcome.SCHEDULED, {}, "appointment_at"),
        (Outcome.SCHEDULED, {"appointment_at": timezone.now() + timedelta(days=1)}, "appointment_location"),
        (Outcome.CALL_BACK, {}, "callback_at"),
        (Outcome.CALL_BACK, {"callback_at": timezone.now() - timedelta(minutes=5)}, "callback_at"),
        (Outcome.NOT_INTERESTED, {"close_reason": "   "}, "close_reason"),
        ("hung-up", {}, "outcome"),
    ],
)
def test_an_outcome_without_what_it_needs_is_refused_and_changes_nothing(front_desk, outcome, details, field):
    consultation_request = ConsultationRequestFactory()

    with pytest.raises(ValidationError) as refused:
        services.call_attempt_record(
            consultation_request=consultation_request, by=front_desk, outcome=outcome, **details
        )

    assert field in refused.value.message_dict
    consultation_request.refresh_from_db()
    assert (consultation_request.status, consultation_request.attempt_count) == (Status.NEW, 0)
    assert not CallAttempt.objects.exists()


def test_recording_releases_the_claim(front_desk):
    consultation_request = ConsultationRequestFactory()
    services.consultation_request_claim(consultation_request=consultation_request, by=front_desk)

    record(consultation_request, front_desk, Outcome.NO_ANSWER)

    assert (consultation_request.claimed_by, consultation_request.claimed_until) == (None, None)


def test_nobody_records_a_call_on_a_request_someone_else_is_on(front_desk):
    consultation_request = ConsultationRequestFactory()
    services.consultation_request_claim(consultation_request=consultation_request, by=FrontDeskFactory())

    with pytest.raises(services.ClaimedByOther):
        services.call_attempt_record(
            consultation_request=consultation_request, by=front_desk, outcome=Outcome.NO_ANSWER
        )

    assert not CallAttempt.objects.exists()


# The "we tried to reach you" offer


def test_closing_with_the_tried_to_reach_email_is_offered_only_after_the_unanswered_limit(
    front_desk, settings
):
    settings.CONSULTATION_UNANSWERED_ATTEMPT_LIMIT = 2
    consultation_request = ConsultationRequestFactory(email="maria@example.org")
    record(consultation_request, front_desk, Outcome.NO_ANSWER)
    assert not services.may_close_unreached(consultation_request)
    with pytest.raises(ValidationError):
        services.consultation_request_close_unreached(
            consultation_request=consultation_request, by=front_desk
        )

    record(consultation_request, front_desk, Outcome.VOICEMAIL)
    assert services.may_close_unreached(consultation_request)
    services.consultation_request_close_unreached(consultation_request=consultation_request, by=front_desk)

    consultation_request.refresh_from_db()
    assert consultation_request.status == Status.CLOSED
    assert consultation_request.notifications.get().kind == Notification.Kind.TRIED_TO_REACH
    assert consultation_request.events.filter(action=Event.Action.TRIED_TO_REACH, actor=front_desk).exists()


def test_reaching_the_patient_resets_the_unanswered_count(front_desk, settings):
    settings.CONSULTATION_UNANSWERED_ATTEMPT_LIMIT = 2
    consultation_request = ConsultationRequestFactory()
    record(consultation_request, front_desk, Outcome.NO_ANSWER)
    record(
        consultation_request, front_desk, Outcome.CALL_BACK, callback_at=timezone.now() + timedelta(hours=2)
    )
    record(consultation_request, front_desk, Outcome.NO_ANSWER)

    assert consultation_request.unanswered_attempts == 1
    assert not services.may_close_unreached(consultation_request)


def test_no_tried_to_reach_offer_without_an_email_address(front_desk, settings):
    settings.CONSULTATION_UNANSWERED_ATTEMPT_LIMIT = 1
    consultation_request = ConsultationRequestFactory(email="")
    record(consultation_request, front_desk, Outcome.NO_ANSWER)

    assert not services.may_close_unreached(consultation_request)
    with pytest.raises(ValidationError):
        services.consultation_request_close_unreached(
            consultation_request=consultation_request, by=front_desk
        )


@pytest.mark.django_db(transaction=True)
def test_the_tried_to_reach_email_arrives_once_with_no_health_information(
    front_desk, settings, clinic, recording_smtp_server, run_worker
):
    settings.CONSULTATION_UNANSWERED_ATTEMPT_LIMIT = 1
    consultation_request = ConsultationRequestFactory(
        email="maria@example.org", description="Sciatica down the left leg", urgent_reasons="Numbness"
    )
    record(consultation_request, front_desk, Outcome.NO_ANSWER, note="Voicemail box full")
    services.consultation_request_close_unreached(consultation_request=consultation_request, by=front_desk)
    run_worker()
    run_worker()

    [message] = [m for m in recording_smtp_server.messages if m["To"] == "maria@example.org"]
    text = recording_smtp_server.inbox.text_of(message)
    assert consultation_request.reference in message["Subject"]
    assert "tried to call you" in text
    for private in ("Sciatica", "leg", "Numbness", "Voicemail box full", consultation_request.last_name):
        assert private not in text
    assert consultation_request.notifications.get().status == Notification.Status.SENT


# Urgency


def test_setting_or_clearing_urgency_needs_a_reason_which_the_history_keeps(front_desk):
    consultation_request = ConsultationRequestFactory(is_urgent=True)

    with pytest.raises(ValidationError) as refused:
        services.consultation_request_set_urgent(
            consultation_request=consultation_request, is_urgent=False, by=front_desk, reason="  "
        )
    assert "urgency_reason" in refused.value.message_dict
    assert ConsultationRequest.objects.get().is_urgent

    services.consultation_request_set_urgent(
        consultation_request=consultation_request,
        is_urgent=False,
        by=front_desk,
        reason="Accident was in March; no new weakness",
    )

    event = Event.objects.get(action=Event.Action.URGENCY)
    assert (event.actor, event.old_value, event.new_value, event.reason) == (
        front_desk,
        "Urgent",
        "Not urgent",
        "Accident was in March; no new weakness",
    )
    assert not ConsultationRequest.objects.get().is_urgent


# Claims


def test_opening_a_request_claims_it_and_others_see_who_until_when(front_desk, settings):
    settings.CONSULTATION_CLAIM_MINUTES = 5
    colleague = FrontDeskFactory()
    consultation_request = ConsultationRequestFactory()

    assert services.consultation_request_claim(consultation_request=consultation_request, by=front_desk)
    theirs = ConsultationRequest.objects.get()
    assert not services.consultation_request_claim(consultation_request=theirs, by=colleague)

    assert theirs.claimed_by == front_desk
    assert timedelta(minutes=4) < theirs.claimed_until - timezone.now() <= timedelta(minutes=5)


def test_a_claim_lapses_by_itself(front_desk, settings):
    settings.CONSULTATION_CLAIM_MINUTES = 5
    colleague = FrontDeskFactory()
    consultation_request = ConsultationRequestFactory()
    services.consultation_request_claim(consultation_request=consultation_request, by=front_desk)
    later = timezone.now() + timedelta(minutes=6)

    assert services.consultation_request_claim_next(by=colleague, now=later) == consultation_request
    assert services.consultation_request_claim(
        consultation_request=consultation_request, by=colleague, now=later
    )


def test_next_skips_requests_someone_else_is_on_and_follows_the_queue_order(front_desk):
    colleague = FrontDeskFactory()
    first = ConsultationRequestFactory(is_urgent=True)
    second = ConsultationRequestFactory()
    services.consultation_request_claim(consultation_request=first, by=colleague)

    assert services.consultation_request_claim_next(by=front_desk) == second
    assert ConsultationRequest.objects.get(pk=second.pk).claimed_by == front_desk


def test_taking_the_next_request_lets_go_of_the_one_before(front_desk):
    first = ConsultationRequestFactory(is_urgent=True)
    second = ConsultationRequestFactory()
    assert services.consultation_request_claim_next(by=front_desk) == first

    assert services.consultation_request_claim_next(by=front_desk, skip=[first.pk]) == second

    assert ConsultationRequest.objects.get(pk=first.pk).claimed_by is None


def test_next_gives_nothing_when_the_queue_is_empty(front_desk):
    ConsultationRequestFactory(status=Status.SCHEDULED)

    assert services.consultation_request_claim_next(by=front_desk) is None
