"""The emails about a request or an accessibility barrier report, their whole life: created, queued,
sent, retried, queued again.

Each email is a Notification row, queued as a `send_notification` task in the caller's transaction.
Sending locks the row and skips it once it is recorded as sent, so a retried or duplicated task never
sends twice. A failure is recorded and the task queued again for later in the same transaction: the
email is delayed, never lost. The task is defined here, beside what it sends and what queues it, so
that no module imports this one back.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.tasks import TaskResultStatus, task
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from clinic.emails import email_from_templates
from procedures.models import Clinic

from .models import BarrierReport, ConsultationRequest, NoticeRecipient, Notification

logger = logging.getLogger(__name__)

# Where the task lived until issue 9: tasks queued before then still name it (consultations/tasks.py).
LEGACY_TASK_PATH = "consultations.tasks.send_notification"


class NoRecipients(Exception):
    pass


class WorkerLost(Exception):
    """Recorded on a sending task whose worker stopped while it ran (killed, crashed, lost its database)."""


def retry_delay(attempts: int) -> timedelta:
    delays = settings.CONSULTATION_NOTICE_RETRY_SECONDS
    return timedelta(seconds=delays[min(attempts, len(delays)) - 1])


@task()
def send_notification(notification_id: int) -> None:
    """Send one email, given by id: the row, read when the task runs, says whether it is still due."""
    notification_send(notification_id=notification_id)


def notification_enqueue(notification: Notification, *, delay: timedelta | None = None) -> None:
    """Queue the sending task; inside the caller's transaction, it is committed or rolled back with it."""
    sending = send_notification
    if delay is not None:
        sending = sending.using(run_after=timezone.now() + delay)
    sending.enqueue(notification.pk)


def notifications_create(*, consultation_request: ConsultationRequest) -> list[Notification]:
    """Create and queue the emails a new request gets, in the caller's transaction.

    The staff notice, and the patient's acknowledgement when they gave an email address; none for spam.
    """
    if consultation_request.status == ConsultationRequest.Status.SPAM:
        return []
    kinds = [Notification.Kind.STAFF_NOTICE]
    if consultation_request.email:
        kinds.append(Notification.Kind.ACKNOWLEDGEMENT)
    created = []
    with transaction.atomic():
        for kind in kinds:
            notification = Notification.objects.create(consultation_request=consultation_request, kind=kind)
            notification_enqueue(notification)
            created.append(notification)
    return created


def notification_tried_to_reach_create(*, consultation_request: ConsultationRequest) -> Notification:
    """Create and queue the "we tried to reach you" email, in the caller's transaction; once per request.

    It names the clinic and the reference only: nothing about the pain, procedure or condition.
    """
    notification, created = Notification.objects.get_or_create(
        consultation_request=consultation_request, kind=Notification.Kind.TRIED_TO_REACH
    )
    if created:
        notification_enqueue(notification)
    return notification


def barrier_notice_create(*, barrier_report: BarrierReport) -> Notification:
    """Create and queue the staff notice of a barrier report, in the caller's transaction; once per report.

    It names the page and the reference only: what the visitor wrote, and how to reach them, stay in
    the admin, where reading them is logged.
    """
    notification, created = Notification.objects.get_or_create(
        barrier_report=barrier_report, kind=Notification.Kind.BARRIER_NOTICE
    )
    if created:
        notification_enqueue(notification)
    return notification


@transaction.atomic
def notification_resend(*, consultation_request: ConsultationRequest, kind: str) -> Notification:
    """Make a request's email of `kind` pending again and queue it, even if it went out before."""
    notification, _ = Notification.objects.select_for_update().get_or_create(
        consultation_request=consultation_request, kind=kind
    )
    notification.status = Notification.Status.PENDING
    notification.sent_at = None
    notification.last_error = ""
    notification.save(update_fields=["status", "sent_at", "last_error", "updated_at"])
    notification_enqueue(notification)
    return notification


def admin_url(consultation_request) -> str:
    path = reverse("admin:consultations_consultationrequest_change", args=[consultation_request.pk])
    return f"{settings.SITE_URL}{path}"


def compose(notification: Notification) -> EmailMessage:
    if notification.kind == Notification.Kind.BARRIER_NOTICE:
        return _compose_barrier_notice(notification.barrier_report)
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
        template = {
            Notification.Kind.ACKNOWLEDGEMENT: "consultations/email/acknowledgement",
            Notification.Kind.TRIED_TO_REACH: "consultations/email/tried_to_reach",
        }[notification.kind]
        recipients = [consultation_request.email] if consultation_request.email else []
        if not recipients:
            raise NoRecipients("The patient's email address has been removed.")
        # The patient's emails speak the language of the form they sent, dates and subject too.
        with translation.override(consultation_request.language):
            return email_from_templates(template, context, to=recipients)
    with translation.override(settings.LANGUAGE_CODE):
        return email_from_templates(template, context, to=recipients)


def _compose_barrier_notice(barrier_report: BarrierReport) -> EmailMessage:
    # The default list: a barrier is about the website, not about one location's patients.
    recipients = NoticeRecipient.objects.for_location(None)
    if not recipients:
        raise NoRecipients("No notice recipients are set up: add them under “Notice recipients”.")
    path = reverse("admin:consultations_barrierreport_change", args=[barrier_report.pk])
    context = {
        "barrier_report": barrier_report,
        "clinic": Clinic.load(),
        "admin_url": f"{settings.SITE_URL}{path}",
    }
    return email_from_templates("consultations/email/barrier_notice", context, to=recipients)


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
                "barrier_report",
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


def notifications_requeue_stuck(*, stuck_after: timedelta) -> int:
    """Queue a new sending task for each unsent email that no live task will send; return how many.

    django-tasks-db never notices a worker that died mid-task: a worker killed while sending leaves
    its task "running" for ever, and the email's row as it was before, since the send's transaction
    died with the worker. A task running for longer than `stuck_after` is recorded as failed, and an
    unsent email with no task queued or running gets a new one. A duplicate task is harmless:
    sending locks the row and skips an email already sent.
    """
    now = timezone.now()
    send_tasks = DBTaskResult.objects.filter(task_path__in=[send_notification.module_path, LEGACY_TASK_PATH])
    with transaction.atomic():
        send_tasks.running().filter(started_at__lt=now - stuck_after).update(
            status=TaskResultStatus.FAILED,
            finished_at=now,
            exception_class_path=f"{WorkerLost.__module__}.{WorkerLost.__qualname__}",
            traceback="The worker stopped while this task ran; the email was queued again.",
        )
        live = send_tasks.filter(status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING])
        queued = {task.args_kwargs["args"][0] for task in live.only("args_kwargs")}
        # A row locked by a worker sending it right now is skipped, whatever its task's age.
        stranded = list(
            Notification.objects.exclude(status=Notification.Status.SENT)
            .exclude(pk__in=queued)
            .select_for_update(skip_locked=True)
        )
        for notification in stranded:
            notification_enqueue(notification)
    return len(stranded)
