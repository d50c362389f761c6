"""The front desk's queue: which requests it holds, in which order, and who may take one."""

from datetime import timedelta

import pytest
from django.utils import timezone

from consultations.models import ConsultationRequest, QueueBucket
from tests.factories import ConsultationRequestFactory, FrontDeskFactory

Status = ConsultationRequest.Status
pytestmark = pytest.mark.django_db

NOW = timezone.now()
# Requests received before this are overdue (business_hours.response_cutoff gives it in the app).
CUTOFF = NOW - timedelta(hours=2)


def request(*, received_hours_ago: float, **fields) -> ConsultationRequest:
    made = ConsultationRequestFactory(**fields)
    ConsultationRequest.objects.filter(pk=made.pk).update(
        created_at=NOW - timedelta(hours=received_hours_ago)
    )
    return made


def queue_references() -> list[tuple[str, int]]:
    return [(r.reference, r.queue_bucket) for r in ConsultationRequest.objects.queue(now=NOW, cutoff=CUTOFF)]


def test_the_queue_runs_urgent_then_callbacks_due_then_overdue_then_new_then_attempted():
    tried = {"status": Status.ATTEMPTED, "first_responded_at": NOW - timedelta(hours=10)}
    attempted_later = request(received_hours_ago=30, next_callback_at=NOW + timedelta(hours=3), **tried)
    attempted_sooner = request(received_hours_ago=20, next_callback_at=NOW + timedelta(hours=1), **tried)
    new_recent = request(received_hours_ago=0.5)
    new_older = request(received_hours_ago=1)
    overdue = request(received_hours_ago=5)
    callback_due = request(
        received_hours_ago=40,
        status=Status.CONTACTED,
        first_responded_at=NOW - timedelta(hours=30),
        first_reached_at=NOW - timedelta(hours=30),
        next_callback_at=NOW - timedelta(minutes=5),
    )
    urgent = request(received_hours_ago=0.1, is_urgent=True)

    assert queue_references() == [
        (urgent.reference, QueueBucket.URGENT),
        (callback_due.reference, QueueBucket.CALLBACK_DUE),
        (overdue.reference, QueueBucket.OVERDUE),
        (new_older.reference, QueueBucket.NEW),
        (new_recent.reference, QueueBucket.NEW),
        (attempted_sooner.reference, QueueBucket.WAITING),
        (attempted_later.reference, QueueBucket.WAITING),
    ]


def test_an_urgent_request_already_reached_is_no_longer_pinned_above_overdue_ones():
    reached_urgent = request(
        received_hours_ago=0.1,
        is_urgent=True,
        status=Status.CONTACTED,
        first_reached_at=NOW,
        next_callback_at=NOW + timedelta(days=1),
    )
    overdue = request(received_hours_ago=5)

    assert queue_references() == [
        (overdue.reference, QueueBucket.OVERDUE),
        (reached_urgent.reference, QueueBucket.WAITING),
    ]


@pytest.mark.parametrize("status", [Status.SCHEDULED, Status.CLOSED, Status.SPAM, Status.CONTACTED])
def test_reached_scheduled_and_closed_requests_leave_the_queue(status):
    request(received_hours_ago=5, status=status, first_reached_at=NOW)

    assert queue_references() == []


def test_a_request_another_member_holds_is_not_claimable_until_the_claim_lapses():
    me, colleague = FrontDeskFactory(), FrontDeskFactory()
    held = request(received_hours_ago=1, claimed_by=colleague, claimed_until=NOW + timedelta(minutes=3))
    lapsed = request(received_hours_ago=1, claimed_by=colleague, claimed_until=NOW - timedelta(seconds=1))
    mine = request(received_hours_ago=1, claimed_by=me, claimed_until=NOW + timedelta(minutes=3))

    claimable = set(ConsultationRequest.objects.claimable_by(me, now=NOW))

    assert claimable == {lapsed, mine}
    assert held in ConsultationRequest.objects.claimable_by(colleague, now=NOW)
