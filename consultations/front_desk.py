"""The front desk's home in the admin: counts of what is waiting, and the call queue in working order.

ConsultationRequestAdmin wires these views in with get_urls; the queue's order itself is the QuerySet's
(`ConsultationRequest.objects.queue`). A page reads a fixed number of rows (one more than it shows,
to know whether there is a next page): no COUNT(*) over the table, however long the queue.
"""

from datetime import datetime, time

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.timesince import timesince

from .access_log import access_log_record
from .business_hours import response_cutoff
from .models import AccessLogEntry, CallAttempt, ConsultationRequest, NoticeRecipient, QueueBucket

PER_PAGE = 25
# The deepest page the queue offers: the front desk works from the top, and a deep OFFSET costs.
MAX_PAGE = 40
# The buckets as they appear in the address (?show=urgent) and on the count cards.
BUCKET_SLUGS = {
    "urgent": QueueBucket.URGENT,
    "callbacks": QueueBucket.CALLBACK_DUE,
    "overdue": QueueBucket.OVERDUE,
    "new": QueueBucket.NEW,
    "waiting": QueueBucket.WAITING,
}
CARD_LABELS = {
    QueueBucket.URGENT: "Urgent, not yet reached",
    QueueBucket.CALLBACK_DUE: "Callbacks due now",
    QueueBucket.OVERDUE: "Overdue",
    QueueBucket.NEW: "New",
    QueueBucket.WAITING: "Attempted, waiting",
}


def urls(model_admin) -> list:
    """The home's address, before the admin's own: `<path:object_id>/` would catch it."""
    return [
        path(
            "home/",
            model_admin.admin_site.admin_view(lambda request: front_desk_home(request, model_admin)),
            name="consultations_consultationrequest_home",
        ),
    ]


def admin_url(name: str, *args, fallback: str | None = None) -> str | None:
    """The admin URL `name`, or `fallback` when it is not registered (work mode comes in its own branch)."""
    try:
        return reverse(f"admin:{name}", args=args)
    except NoReverseMatch:
        return fallback


def work_url(pk: int) -> str:
    """Where a queue row leads: work mode for the request, or its change page where work mode is absent."""
    return admin_url(
        "consultations_consultationrequest_work",
        pk,
        fallback=reverse("admin:consultations_consultationrequest_change", args=[pk]),
    )


def start_of_today(now: datetime) -> datetime:
    """Midnight at the clinic (TIME_ZONE) on the clinic's today."""
    return timezone.make_aware(datetime.combine(timezone.localdate(now), time.min))


def queue_counts(*, now, cutoff) -> dict[int, int]:
    """How many requests each queue bucket holds: one grouped query over the queue, not the table."""
    grouped = (
        ConsultationRequest.objects.queue(now=now, cutoff=cutoff)
        .order_by()
        .values("queue_bucket")
        .annotate(n=Count("pk"))
    )
    counts = dict.fromkeys(QueueBucket.values, 0)
    counts.update({row["queue_bucket"]: row["n"] for row in grouped})
    return counts


def attempted_today_count(*, now) -> int:
    """Requests called at least once since the clinic's midnight."""
    return (
        CallAttempt.objects.filter(at__gte=start_of_today(now))
        .aggregate(n=Count("consultation_request", distinct=True))
        .get("n")
    )


def queue_page(*, now, cutoff, bucket: int | None, page: int) -> tuple[list, bool]:
    """One page of the queue, with what each row shows, and whether another page follows."""
    rows = (
        ConsultationRequest.objects.queue(now=now, cutoff=cutoff)
        .with_returning()
        .select_related("procedure", "condition", "assigned_to", "claimed_by")
        .only(
            "reference",
            "first_name",
            "last_name",
            "phone",
            "status",
            "is_urgent",
            "created_at",
            "next_callback_at",
            "attempt_count",
            "claimed_until",
            "language",
            "procedure__title",
            "condition__title",
            *[f"{user}__{field}" for user in ("assigned_to", "claimed_by") for field in USER_FIELDS],
        )
    )
    if bucket is not None:
        rows = rows.filter(queue_bucket=bucket)
    start = (page - 1) * PER_PAGE
    fetched = list(rows[start : start + PER_PAGE + 1])
    return fetched[:PER_PAGE], len(fetched) > PER_PAGE


USER_FIELDS = ("username", "first_name", "last_name")


def staff_name(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


def show_notice_banner(request) -> bool:
    """Administrators are told once, at the top, that nobody would be emailed about a new request."""
    return (
        request.user.has_perm("consultations.add_noticerecipient")
        and not NoticeRecipient.objects.filter(is_active=True).exists()
    )


def front_desk_home(request, model_admin):
    """The counts of what is waiting, each a link to its part of the queue, then the queue itself."""
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    now = timezone.now()
    cutoff = response_cutoff(now)
    show = request.GET.get("show", "")
    bucket = BUCKET_SLUGS.get(show)
    try:
        page = min(max(int(request.GET.get("page", "1")), 1), MAX_PAGE)
    except ValueError:
        page = 1

    counts = queue_counts(now=now, cutoff=cutoff)
    rows, has_next = queue_page(now=now, cutoff=cutoff, bucket=bucket, page=page)
    if rows:
        access_log_record(request=request, kind=AccessLogEntry.Kind.LISTED, consultation_requests=rows)

    home = reverse("admin:consultations_consultationrequest_home")
    changelist = reverse("admin:consultations_consultationrequest_changelist")
    cards = [
        {
            "label": CARD_LABELS[value],
            "count": counts[value],
            "url": f"{home}?{urlencode({'show': slug})}#queue",
            "slug": slug,
            "current": bucket == value,
        }
        for slug, value in BUCKET_SLUGS.items()
        if value != QueueBucket.WAITING
    ]
    cards.append(
        {
            "label": "Attempted today",
            "count": attempted_today_count(now=now),
            "url": f"{changelist}?{urlencode({'status': 'all', 'attempted': 'today'})}",
            "slug": "attempted-today",
            "current": False,
        }
    )

    def page_url(number):
        params = {"page": number, **({"show": show} if bucket is not None else {})}
        return f"{home}?{urlencode(params)}#queue"

    first_url = work_url(rows[0].pk) if rows else None
    can_change = model_admin.has_change_permission(request)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": "Front desk",
        "cards": cards,
        "queue_total": sum(counts.values()),
        "rows": [queue_row(row, now=now, user=request.user) for row in rows],
        "showing": CARD_LABELS.get(bucket, ""),
        "all_url": f"{home}#queue",
        "page": page,
        "previous_url": page_url(page - 1) if page > 1 else None,
        "next_url": page_url(page + 1) if has_next and page < MAX_PAGE else None,
        "start_url": admin_url("consultations_consultationrequest_work_next", fallback=first_url)
        if can_change
        else None,
        "changelist_url": changelist,
        "notice_banner": show_notice_banner(request),
    }
    request.current_app = model_admin.admin_site.name
    return TemplateResponse(request, "admin/consultations/front_desk_home.html", context)


def queue_row(obj, *, now, user) -> dict:
    """What one line of the queue says, worked out here so the template only lays it out."""
    bucket = QueueBucket(obj.queue_bucket)
    claimed = obj.claimed_by if obj.claimed_until and obj.claimed_until > now else None
    if bucket in (QueueBucket.CALLBACK_DUE, QueueBucket.WAITING) and obj.next_callback_at:
        local = timezone.localtime(obj.next_callback_at)
        same_day = local.date() == timezone.localdate(now)
        when = {"label": "Call back", "time": local, "same_day": same_day}
    else:
        when = {
            "label": "Received",
            "time": timezone.localtime(obj.created_at),
            "age": timesince(obj.created_at, now, depth=1),
        }
    return {
        "obj": obj,
        "url": work_url(obj.pk),
        "name": obj.full_name or "(anonymized)",
        "bucket": bucket,
        "bucket_label": {
            QueueBucket.URGENT: "Urgent",
            QueueBucket.CALLBACK_DUE: "Callback due",
            QueueBucket.OVERDUE: "Overdue",
            QueueBucket.NEW: "New",
            QueueBucket.WAITING: "Attempted",
        }[bucket],
        "flagged": bucket in (QueueBucket.URGENT, QueueBucket.OVERDUE),
        "topic": obj.topic,
        "claimed_by": staff_name(claimed),
        "claimed_by_me": claimed is not None and claimed.pk == user.pk,
        "assigned_to": staff_name(obj.assigned_to),
        "when": when,
    }
