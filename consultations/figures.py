"""The front desk's speed-to-lead figures: how soon requests are called and reached, in business hours.

Counts and durations only, grouped by week, location and the staff member who made the first attempt:
no patient's details are read. One query reads the period's requests (only the columns needed, with
who made the first attempt as a subquery), one more names the staff; medians and 90th percentiles
are taken in Python over the period's few thousand rows, since business time is not something SQL
can subtract.
"""

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.db.models import BooleanField, Case, Exists, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from .business_hours import BusinessCalendar
from .models import CallAttempt, ConsultationRequest, Event

Status = ConsultationRequest.Status
PERIOD_WEEKS = [4, 12, 26]
DEFAULT_PERIOD_WEEKS = 12
NO_LOCATION = "No location given"
UNKNOWN_STAFF = "Not recorded"


def percentile(values: list[float], fraction: float) -> float | None:
    """The value below which `fraction` of `values` lie, interpolated between the nearest two
    (as PostgreSQL's percentile_cont and a spreadsheet's PERCENTILE do); None without values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * fraction
    below, above = math.floor(rank), math.ceil(rank)
    return ordered[below] + (ordered[above] - ordered[below]) * (rank - below)


def share(part: int, whole: int) -> float | None:
    return 100 * part / whole if whole else None


@dataclass
class Group:
    """The figures of one row of a table: a week, a location, a staff member, or the whole period."""

    label: str
    requests: int = 0
    # Business minutes from receipt to the first attempt and to the first reach, one per request.
    to_attempt: list[float] = field(default_factory=list)
    to_reach: list[float] = field(default_factory=list)
    scheduled: int = 0
    scheduled_attempts: int = 0

    def add(self, row: "Row") -> None:
        self.requests += 1
        if row.to_attempt is not None:
            self.to_attempt.append(row.to_attempt)
        if row.to_reach is not None:
            self.to_reach.append(row.to_reach)
        if row.scheduled:
            self.scheduled += 1
            self.scheduled_attempts += row.attempts

    @property
    def attempted(self) -> int:
        return len(self.to_attempt)

    @property
    def reached(self) -> int:
        return len(self.to_reach)

    @property
    def median_to_attempt(self):
        return percentile(self.to_attempt, 0.5)

    @property
    def p90_to_attempt(self):
        return percentile(self.to_attempt, 0.9)

    @property
    def median_to_reach(self):
        return percentile(self.to_reach, 0.5)

    @property
    def p90_to_reach(self):
        return percentile(self.to_reach, 0.9)

    @property
    def reached_share(self):
        return share(self.reached, self.requests)

    @property
    def scheduled_share(self):
        return share(self.scheduled, self.requests)

    @property
    def attempts_per_scheduled(self):
        return self.scheduled_attempts / self.scheduled if self.scheduled else None


@dataclass
class Row:
    week: datetime
    location: str
    staff_id: int | None
    to_attempt: float | None
    to_reach: float | None
    scheduled: bool
    attempts: int


@dataclass
class Figures:
    weeks: int
    start: datetime
    end: datetime
    overall: Group
    by_week: list[Group]
    by_location: list[Group]
    by_staff: list[Group]

    def tables(self) -> list[tuple[str, list[Group]]]:
        return [
            ("Whole period", [self.overall]),
            ("By week", self.by_week),
            ("By location", self.by_location),
            ("By staff member (first attempt)", self.by_staff),
        ]


def period_start(*, now: datetime, weeks: int) -> datetime:
    """Monday 00:00 local time, `weeks` - 1 weeks before this week's: the current week counts as one."""
    today = timezone.localdate(now)
    monday = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
    return timezone.make_aware(datetime.combine(monday, datetime.min.time()))


def _period_requests(start: datetime, end: datetime):
    """The period's requests, spam left out, as tuples of the few columns the figures use."""
    first_attempt_by = CallAttempt.objects.filter(consultation_request=OuterRef("pk")).order_by("at", "id")
    # Before call attempts were recorded, the first response was a status change in the history.
    responded = [Status(status).label for status in ConsultationRequest.RESPONDED_STATUSES]
    first_response_by = Event.objects.filter(
        consultation_request=OuterRef("pk"), action=Event.Action.STATUS, new_value__in=responded
    ).order_by("created_at", "id")
    booked = CallAttempt.objects.filter(
        consultation_request=OuterRef("pk"), outcome=CallAttempt.Outcome.SCHEDULED
    )
    return (
        ConsultationRequest.objects.filter(created_at__gte=start, created_at__lt=end)
        .exclude(status=Status.SPAM)
        .annotate(
            first_by=Case(
                When(first_responded_at__isnull=True, then=Value(None)),
                default=Coalesce(
                    Subquery(first_attempt_by.values("by")[:1]),
                    Subquery(first_response_by.values("actor")[:1]),
                ),
                output_field=IntegerField(),
            ),
            was_scheduled=Case(
                When(Q(status=Status.SCHEDULED) | Exists(booked), then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            ),
        )
        .order_by()
        .values_list(
            "created_at",
            "first_responded_at",
            "first_reached_at",
            "location__name",
            "first_by",
            "was_scheduled",
            "attempt_count",
        )
    )


def speed_to_lead(*, weeks: int = DEFAULT_PERIOD_WEEKS, now: datetime | None = None) -> Figures:
    """The figures of the last `weeks` weeks (this one included), grouped by week of receipt."""
    now = now or timezone.now()
    start = period_start(now=now, weeks=weeks)
    calendar = BusinessCalendar()

    def minutes(since, until):
        return None if until is None else calendar.between(since, until).total_seconds() / 60

    rows = [
        Row(
            week=timezone.localtime(created_at).date()
            - timedelta(days=timezone.localtime(created_at).weekday()),
            location=location or NO_LOCATION,
            staff_id=staff_id,
            to_attempt=minutes(created_at, responded_at),
            to_reach=minutes(created_at, reached_at),
            scheduled=scheduled,
            # A request scheduled from the inbox before attempts were recorded was called at least once.
            attempts=max(attempts, 1),
        )
        for created_at, responded_at, reached_at, location, staff_id, scheduled, attempts in _period_requests(
            start, now
        ).iterator(chunk_size=2000)
    ]

    overall = Group("All requests")
    weeks_seen = {
        start.date() + timedelta(weeks=number): Group(
            f"Week of {start.date() + timedelta(weeks=number):%b %-d}"
        )
        for number in range(weeks)
    }
    locations: dict[str, Group] = {}
    staff: dict[int | None, Group] = {}
    for row in rows:
        overall.add(row)
        weeks_seen[row.week].add(row)
        locations.setdefault(row.location, Group(row.location)).add(row)
        if row.to_attempt is not None:
            staff.setdefault(row.staff_id, Group("")).add(row)

    names = _staff_names([pk for pk in staff if pk is not None])
    for pk, group in staff.items():
        group.label = names.get(pk, UNKNOWN_STAFF)
    return Figures(
        weeks=weeks,
        start=start,
        end=now,
        overall=overall,
        by_week=list(weeks_seen.values()),
        by_location=sorted(locations.values(), key=lambda group: (group.label == NO_LOCATION, group.label)),
        by_staff=sorted(
            staff.values(), key=lambda group: (group.label == UNKNOWN_STAFF, group.label.lower())
        ),
    )


def _staff_names(pks: list[int]) -> dict[int, str]:
    if not pks:
        return {}
    users = get_user_model().objects.filter(pk__in=pks)
    return {user.pk: user.get_full_name() or user.get_username() for user in users}


def format_minutes(minutes: float | None) -> str:
    """A business-time duration as staff read it: "45 min", "2 h 05 min"; a dash when there is none."""
    if minutes is None:
        return "—"
    whole = round(minutes)
    if whole < 60:
        return f"{whole} min"
    return f"{whole // 60} h {whole % 60:02d} min"
