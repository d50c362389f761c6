"""The pages' emails, their whole life: composed, queued with the step that causes them, sent once.

The review request: when a page is submitted for medical review, its reviewer gets an email with a
link to the page and to their "Waiting for my review" list. It is queued as a task in the
submitting transaction and sent by the task worker; the event row records that it went, so a task
run twice sends it once, and a failed send is tried again later.

A scheduled publish or unpublish that failed (procedures/scheduling.py): whoever scheduled it gets an
email saying why, with a link to the page, queued in the transaction that records the failure and
sent once in the same way.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from .models import Page, PageEvent, PublishSchedule

logger = logging.getLogger(__name__)

RETRY_AFTER = timedelta(minutes=10)


@task()
def send_review_request(event_id: int) -> None:
    """Send the review request of one "submitted" event, given by id."""
    review_request_send(event_id=event_id)


def review_request_enqueue(event: PageEvent, *, delay: timedelta | None = None) -> None:
    """Queue the email; inside the caller's transaction, it is committed or rolled back with it."""
    sending = send_review_request
    if delay is not None:
        sending = sending.using(run_after=timezone.now() + delay)
    sending.enqueue(event.pk)


def page_change_url(page: Page) -> str:
    return settings.SITE_URL + reverse(f"admin:procedures_{page.kind}_change", args=[page.pk])


def review_request_compose(event: PageEvent, page: Page) -> EmailMessage:
    context = {
        "page": page,
        "reviewer": event.reviewer,
        "submitted_by": event.by,
        "page_url": page_change_url(page),
        "waiting_url": settings.SITE_URL + reverse("admin:procedures_waiting_for_review"),
    }
    subject = " ".join(render_to_string("procedures/email/review_request_subject.txt", context).split())
    body = render_to_string("procedures/email/review_request.txt", context)
    return EmailMessage(subject=subject, body=body, to=[event.reviewer.email])


def review_request_send(*, event_id: int) -> bool:
    """Send the request unless it went already or no longer applies; True if this call sent it."""
    with transaction.atomic():
        event = (
            PageEvent.objects.select_for_update(of=("self",))
            .select_related("reviewer", "by", "page")
            .filter(pk=event_id, kind=PageEvent.Kind.SUBMITTED, emailed_at__isnull=True)
            .first()
        )
        if event is None or event.reviewer is None:
            return False
        # What waits is the working draft of a live page, or the never-published page itself.
        page = Page.objects.filter(draft_of=event.page).first() or event.page
        if page.review_state != Page.ReviewState.IN_REVIEW or page.assigned_reviewer_id != event.reviewer_id:
            return False  # approved, sent back or given to someone else before the email went
        if not event.reviewer.email:
            logger.warning("Review request %s: reviewer %s has no email address", event.pk, event.reviewer_id)
            return False
        try:
            review_request_compose(event, page).send()
        except Exception as error:  # noqa: BLE001 - any failure is retried later, never lost
            logger.warning(
                "Review request %s could not be sent (%s); retrying", event.pk, type(error).__name__
            )
            review_request_enqueue(event, delay=RETRY_AFTER)
            return False
        event.emailed_at = timezone.now()
        event.save(update_fields=["emailed_at"])
    return True


@task()
def send_schedule_failure(schedule_id: int) -> None:
    """Tell whoever scheduled it that a scheduled publish or unpublish failed, and why."""
    schedule_failure_send(schedule_id=schedule_id)


def schedule_failure_enqueue(schedule: PublishSchedule, *, delay: timedelta | None = None) -> None:
    """Queue the email; inside the caller's transaction, it is committed or rolled back with it."""
    sending = send_schedule_failure
    if delay is not None:
        sending = sending.using(run_after=timezone.now() + delay)
    sending.enqueue(schedule.pk)


def schedule_failure_compose(schedule: PublishSchedule) -> EmailMessage:
    context = {"schedule": schedule, "page": schedule.page, "page_url": page_change_url(schedule.page)}
    subject = " ".join(render_to_string("procedures/email/schedule_failure_subject.txt", context).split())
    body = render_to_string("procedures/email/schedule_failure.txt", context)
    return EmailMessage(subject=subject, body=body, to=[schedule.created_by.email])


def schedule_failure_send(*, schedule_id: int) -> bool:
    """Send the failure's email unless it went already; True if this call sent it."""
    with transaction.atomic():
        schedule = (
            PublishSchedule.objects.select_for_update(of=("self",))
            .select_related("page", "created_by")
            .filter(pk=schedule_id, state=PublishSchedule.State.FAILED, failure_emailed_at__isnull=True)
            .first()
        )
        if schedule is None or schedule.created_by is None:
            return False
        if not schedule.created_by.email:
            logger.warning(
                "Failed schedule %s: user %s has no email address", schedule.pk, schedule.created_by_id
            )
            return False
        try:
            schedule_failure_compose(schedule).send()
        except Exception as error:  # noqa: BLE001 - any failure is retried later, never lost
            logger.warning(
                "Failed schedule %s: email not sent (%s); retrying", schedule.pk, type(error).__name__
            )
            schedule_failure_enqueue(schedule, delay=RETRY_AFTER)
            return False
        schedule.failure_emailed_at = timezone.now()
        schedule.save(update_fields=["failure_emailed_at"])
    return True
