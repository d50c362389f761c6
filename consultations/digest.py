"""The front desk leads' daily digest, its whole life: when it is due, what it counts, sending it once.

Counts only: no patient's name, phone, email, reference or description ever enters its context.

Exactly once a day, however many workers and cron jobs look: the day's DailyDigest row is claimed
as clinic/send_once.py describes, with one Message-ID per day.
"""

import logging
from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from clinic.emails import email_from_templates
from clinic.send_once import claimed_period, sent_or_logged

from .business_hours import BusinessCalendar, response_cutoff, response_target_text
from .figures import format_minutes, percentile
from .models import ConsultationRequest, DailyDigest, overdue_condition

logger = logging.getLogger(__name__)

LEAD_GROUP = "Front desk lead"
TEMPLATE = "consultations/email/daily_digest"
Status = ConsultationRequest.Status
# Days this process has already warned that the digest has nobody to go to: once, not every minute.
_warned_no_recipients = set()


def digest_time() -> time:
    return time.fromisoformat(settings.CONSULTATION_DIGEST_TIME)


def digest_recipients() -> list[str]:
    """CONSULTATION_DIGEST_RECIPIENTS, or the active leads who have an email address."""
    if settings.CONSULTATION_DIGEST_RECIPIENTS:
        return list(settings.CONSULTATION_DIGEST_RECIPIENTS)
    leads = get_user_model().objects.filter(groups__name=LEAD_GROUP, is_active=True, is_staff=True)
    return list(dict.fromkeys(leads.exclude(email="").order_by("email").values_list("email", flat=True)))


def _local_midnight(day) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(0)))


def digest_counts(*, now: datetime) -> dict:
    """The digest's figures at `now`, in two queries: the queue's counts, and yesterday's first attempts."""
    today = timezone.localdate(now)
    yesterday_start, today_start = _local_midnight(today - timedelta(days=1)), _local_midnight(today)
    not_reached = Q(status__in=ConsultationRequest.QUEUE_STATUSES, first_reached_at__isnull=True)
    # Only open requests and yesterday's can count: the indexes on status and created_at find them.
    counts = (
        ConsultationRequest.objects.filter(
            Q(status__in=ConsultationRequest.OPEN_STATUSES) | Q(created_at__gte=yesterday_start)
        )
        .exclude(status=Status.SPAM)
        .aggregate(
            received_yesterday=Count(
                "pk", filter=Q(created_at__gte=yesterday_start, created_at__lt=today_start)
            ),
            new=Count("pk", filter=Q(status=Status.NEW)),
            urgent=Count("pk", filter=not_reached & Q(is_urgent=True)),
            overdue=Count("pk", filter=overdue_condition(response_cutoff(now))),
            unreached=Count(
                "pk",
                filter=Q(
                    status__in=ConsultationRequest.OPEN_STATUSES,
                    unanswered_attempts__gte=settings.CONSULTATION_UNANSWERED_ATTEMPT_LIMIT,
                ),
            ),
        )
    )
    first_called_yesterday = (
        ConsultationRequest.objects.filter(
            first_responded_at__gte=yesterday_start, first_responded_at__lt=today_start
        )
        .exclude(status=Status.SPAM)
        .values_list("created_at", "first_responded_at")
    )
    calendar = BusinessCalendar()
    waits = [
        calendar.between(received, called).total_seconds() / 60 for received, called in first_called_yesterday
    ]
    return {
        **counts,
        "first_called_yesterday": len(waits),
        "median_to_first_attempt": percentile(waits, 0.5),
    }


def compose(*, day, now: datetime, recipients: list[str]) -> EmailMessage:
    counts = digest_counts(now=now)
    context = {
        "day": day,
        "yesterday": day - timedelta(days=1),
        "now": timezone.localtime(now),
        "counts": counts,
        "median_to_first_attempt": format_minutes(counts["median_to_first_attempt"]),
        "attempt_limit": settings.CONSULTATION_UNANSWERED_ATTEMPT_LIMIT,
        "response_target": response_target_text(),
        "inbox_url": settings.SITE_URL + reverse("admin:consultations_consultationrequest_changelist"),
        "figures_url": settings.SITE_URL + reverse("admin:consultations_figures"),
    }
    # One Message-ID per day: should a crash ever make the digest go out twice, it is the same email.
    return email_from_templates(
        TEMPLATE, context, to=recipients, message_id=f"daily-digest-{day.isoformat()}"
    )


def daily_digest_send(*, now: datetime | None = None) -> bool:
    """Send today's digest if its time has come and nobody has sent it yet; True if this call sent it."""
    now = now or timezone.now()
    local_now = timezone.localtime(now)
    if local_now.time() < digest_time():
        return False
    day = local_now.date()
    with claimed_period(DailyDigest, done_field="sent_at", day=day) as digest:
        if digest is None:
            return False
        recipients = digest_recipients()
        if not recipients:
            if day not in _warned_no_recipients:
                _warned_no_recipients.add(day)
                logger.warning(
                    "The daily digest for %s has nobody to go to: add a member with an email address to "
                    "the “%s” group, or set CONSULTATION_DIGEST_RECIPIENTS",
                    day,
                    LEAD_GROUP,
                )
            return False
        message = compose(day=day, now=now, recipients=recipients)
        if not sent_or_logged(message, what=f"The daily digest for {day}", logger=logger):
            return False
        digest.sent_at = timezone.now()
        digest.save(update_fields=["sent_at"])
    return True
