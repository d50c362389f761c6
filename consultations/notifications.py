"""Compose and send the emails about a request, retrying with backoff until they go out.

Each email is a Notification row. Sending locks the row and skips it once it is recorded as sent,
so a retried or duplicated task never sends twice. A failure is recorded and the task queued again
for later in the same transaction: the email is delayed, never lost.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from procedures.models import Clinic

from . import tasks
from .models import NoticeRecipient, Notification

logger = logging.getLogger(__name__)

# Seconds to wait before each retry; the last one repeats for as long as sending fails.
RETRY_DELAYS = [30, 60, 120, 300, 600, 1800]


class NoRecipients(Exception):
    pass


def retry_delay(attempts: int) -> timedelta:
    return timedelta(seconds=RETRY_DELAYS[min(attempts, len(RETRY_DELAYS)) - 1])


def notification_enqueue(notification: Notification, *, delay: timedelta | None = None) -> None:
    """Queue the sending task; inside the caller's transaction, it is committed or rolled back with it."""
    task = tasks.send_notification
    if delay is not None:
        task = task.using(run_after=timezone.now() + delay)
    task.enqueue(notification.pk)


def admin_url(consultation_request) -> str:
    path = reverse("admin:consultations_consultationrequest_change", args=[consultation_request.pk])
    return f"{settings.SITE_URL}{path}"


def compose(notification: Notification) -> EmailMessage:
    consultation_request = notification.consultation_request
    context = {
        "consultation_request": consultation_request,
        "clinic": Clinic.load(),
        "admin_url": admin_url(consultation_request),
    }
    if notification.kind == Notification.Kind.STAFF_NOTICE:
        template = "consultations/email/staff_notice"
        recipients = NoticeRecipient.objects.for_location(consultation_request.location)
        if not recipients:
            raise NoRecipients("No notice recipients are set up: add them under “Notice recipients”.")
    else:
        template = "consultations/email/acknowledgement"
        recipients = [consultation_request.email] if consultation_request.email else []
        if not recipients:
            raise NoRecipients("The patient's email address has been removed.")
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}.txt", context)
    return EmailMessage(subject=subject, body=body, to=recipients)


def notification_send(*, notification_id: int) -> None:
    """Send one email unless it has already gone out; on failure, record it and retry later."""
    with transaction.atomic():
        # Only the notification row is locked: it is what a second, duplicate task waits on.
        notification = (
            Notification.objects.select_for_update(of=("self",))
            .select_related(
                "consultation_request__location",
                "consultation_request__procedure",
                "consultation_request__condition",
            )
            .get(pk=notification_id)
        )
        if notification.status == Notification.Status.SENT:
            return
        notification.attempts += 1
        try:
            compose(notification).send()
        except Exception as error:  # noqa: BLE001 - any failure must be retried, never lose the email
            notification.status = Notification.Status.FAILING
            notification.last_error = f"{type(error).__name__}: {error}"[:500]
            notification.save(update_fields=["status", "attempts", "last_error", "updated_at"])
            delay = retry_delay(notification.attempts)
            notification_enqueue(notification, delay=delay)
            # The error text can quote an address, so it is kept in the database, not in the log.
            logger.warning(
                "Notification %s (%s) failed on attempt %s with %s; retrying in %s s",
                notification.pk,
                notification.kind,
                notification.attempts,
                type(error).__name__,
                int(delay.total_seconds()),
            )
            return
        notification.status = Notification.Status.SENT
        notification.sent_at = timezone.now()
        notification.last_error = ""
        notification.save(update_fields=["status", "attempts", "sent_at", "last_error", "updated_at"])
