"""The procedures app's emails to staff, each one's whole life: who gets it, what it says, sending it.

The editors' weekly "medical reviews due" email (reviews_due_email_send): the published pages overdue
for review or due within 30 days, with links to the admin; no patient data exists here. Sent once a
week however many task workers look: the week's ReviewsDueEmail row is claimed as
clinic/send_once.py describes, with one Message-ID per ISO week.
"""

import datetime
import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from clinic.send_once import claimed_period, sent_or_logged

from .models import ReviewsDueEmail
from .review_dates import REVIEW_NOTICE_DAYS, DueReview, reviews_due

logger = logging.getLogger(__name__)

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
    subject = " ".join(render_to_string(f"{REVIEWS_DUE_TEMPLATE}_subject.txt", context).split())
    body = render_to_string(f"{REVIEWS_DUE_TEMPLATE}.txt", context)
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    headers = {"Message-ID": f"<{message_id}@{host}>"}
    return EmailMessage(subject=subject, body=body, to=recipients, headers=headers)


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
