"""The pages' emails to staff, each one's whole life: who gets it, what it says, queuing and sending it once.

- The review request: when a page is submitted for medical review, its reviewer gets an email with a
  link to the page and to their "Waiting for my review" list. It is queued as a task in the submitting
  transaction and sent by the task worker; the event row records that it went, so a task run twice
  sends it once, and a failed send is tried again later.
- A scheduled publish or unpublish that failed (procedures/scheduling.py): whoever scheduled it gets
  an email saying why, with a link to the page, queued in the transaction that records the failure and
  sent once in the same way.
- The editors' weekly "medical reviews due" email (reviews_due_email_send): the published pages overdue
  for review or due within 30 days, with links to the admin. Sent once a week however many task
  workers look: the week's ReviewsDueEmail row is claimed as clinic/send_once.py describes, with one
  Message-ID per ISO week.

No patient data exists here.
"""

import datetime
import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.tasks import task
from django.urls import reverse
from django.utils import timezone

from clinic.emails import email_from_templates
from clinic.send_once import claimed_period, sent_or_logged

from .models import Page, PageEvent, PublishSchedule, ReviewsDueEmail
from .review_dates import REVIEW_NOTICE_DAYS, DueReview, reviews_due

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
    return settings.SITE_URL + reverse(f"admin:procedures_{page.model_name}_change", args=[page.pk])


def review_request_compose(event: PageEvent, page: Page) -> EmailMessage:
    context = {
        "page": page,
        "reviewer": event.reviewer,
        "submitted_by": event.by,
        "page_url": page_change_url(page),
        "waiting_url": settings.SITE_URL + reverse("admin:procedures_waiting_for_review"),
    }
    return email_from_templates("procedures/email/review_request", context, to=[event.reviewer.email])


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


EDITORS_GROUP = "Editors"
REVIEWS_DUE_TEMPLATE = "procedures/email/reviews_due"
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
# Weeks this process has already warned that the email has nobody to go to: once, not every minute.
_warned_no_editors = set()


def reviews_due_recipients() -> list[str]:
    """The active Editors who have an email address."""
    editors = get_user_model().objects.filter(groups__name=EDITORS_GROUP, is_active=True, is_staff=True)
    return list(dict.fromkeys(editors.exclude(email="").order_by("email").values_list("email", flat=True)))


def reviews_due_email_due_at(day: datetime.date) -> datetime.datetime:
    """When the email of the week that `day` falls in is due: PAGE_REVIEWS_EMAIL_DAY at _TIME, clinic time."""
    monday = day - datetime.timedelta(days=day.weekday())
    send_day = monday + datetime.timedelta(days=WEEKDAYS.index(settings.PAGE_REVIEWS_EMAIL_DAY))
    return timezone.make_aware(
        datetime.datetime.combine(send_day, datetime.time.fromisoformat(settings.PAGE_REVIEWS_EMAIL_TIME))
    )


def compose_reviews_due(
    *, reviews: list[DueReview], today: datetime.date, recipients: list[str], message_id: str
):
    overdue = [review for review in reviews if review.is_overdue]
    context = {
        "today": today,
        "notice_days": REVIEW_NOTICE_DAYS,
        "overdue": overdue,
        "due_soon": [review for review in reviews if not review.is_overdue],
        "site_url": settings.SITE_URL,
        "report_url": settings.SITE_URL + reverse("admin:procedures_reviews_due"),
    }
    return email_from_templates(REVIEWS_DUE_TEMPLATE, context, to=recipients, message_id=message_id)


def reviews_due_email_send(*, now: datetime.datetime | None = None) -> bool:
    """Send this week's email if its time has come and nobody has sent it yet; True if this call sent it."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    if now < reviews_due_email_due_at(today):
        return False
    week = today - datetime.timedelta(days=today.weekday())
    with claimed_period(ReviewsDueEmail, done_field="done_at", week=week) as email:
        if email is None:
            return False
        reviews = reviews_due(today=today)
        if not reviews:
            logger.info(
                "No published page is overdue for medical review or due within %s days: no reviews-due "
                "email for the week of %s",
                REVIEW_NOTICE_DAYS,
                week,
            )
            email.done_at = timezone.now()
            email.save(update_fields=["done_at"])
            return False
        recipients = reviews_due_recipients()
        if not recipients:
            if week not in _warned_no_editors:
                _warned_no_editors.add(week)
                logger.warning(
                    "The reviews-due email for the week of %s has nobody to go to: give a member of the "
                    "“%s” group an email address",
                    week,
                    EDITORS_GROUP,
                )
            return False
        year, week_number, _ = today.isocalendar()
        message = compose_reviews_due(
            reviews=reviews,
            today=today,
            recipients=recipients,
            message_id=f"reviews-due-{year}-W{week_number:02d}",
        )
        if not sent_or_logged(message, what=f"The reviews-due email for the week of {week}", logger=logger):
            return False
        email.done_at = timezone.now()
        email.pages_listed = len(reviews)
        email.save(update_fields=["done_at", "pages_listed"])
    return True


def reviews_due_email_send_now() -> int:
    """Send the list to the editors at once, outside the weekly schedule; the number of pages it lists.

    Sends nothing when no page is due or no editor has an email address (0, with the reason logged).
    The weekly email still goes out on its day.
    """
    now = timezone.now()
    today = timezone.localdate(now)
    reviews = reviews_due(today=today)
    recipients = reviews_due_recipients()
    if not reviews:
        logger.info(
            "No published page is overdue for medical review or due within %s days", REVIEW_NOTICE_DAYS
        )
        return 0
    if not recipients:
        logger.warning("No member of the “%s” group has an email address to send the list to", EDITORS_GROUP)
        return 0
    message_id = f"reviews-due-{now:%Y%m%d%H%M%S%f}"
    compose_reviews_due(reviews=reviews, today=today, recipients=recipients, message_id=message_id).send()
    return len(reviews)


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
    return email_from_templates("procedures/email/schedule_failure", context, to=[schedule.created_by.email])


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
