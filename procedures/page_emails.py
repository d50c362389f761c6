"""The pages' emails, their whole life: composed, queued with the step that causes them, sent once.

The review request: when a page is submitted for medical review, its reviewer gets an email with a
link to the page and to their "Waiting for my review" list. It is queued as a task in the
submitting transaction and sent by the task worker; the event row records that it went, so a task
run twice sends it once, and a failed send is tried again later.
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

from .models import Page, PageEvent

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
