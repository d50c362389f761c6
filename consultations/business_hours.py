"""The front desk's response target, counted in the clinic's business hours.

A request received on Friday at 4:30 pm with a two-hour target is due on Monday at 9:30 am, and one
received on Saturday is due two hours after Monday's opening. Public holidays are not known here.
"""

import math
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import ngettext, pgettext

DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _business_days() -> set[int]:
    names = [
        name.strip().lower()[:3] for name in settings.CONSULTATION_BUSINESS_DAYS.split(",") if name.strip()
    ]
    unknown = set(names) - set(DAY_NAMES)
    if unknown:
        raise ImproperlyConfigured(f"CONSULTATION_BUSINESS_DAYS has unknown days: {sorted(unknown)}")
    return {DAY_NAMES.index(name) for name in names}


def _parse_time(value: str) -> time | None:
    """A time of day; None stands for 24:00, the end of the day."""
    return None if value.strip() == "24:00" else time.fromisoformat(value.strip())


def _opening_hours() -> tuple[time, time | None]:
    try:
        start, end = settings.CONSULTATION_BUSINESS_HOURS.split("-")
        return _parse_time(start), _parse_time(end)
    except ValueError as error:
        raise ImproperlyConfigured(
            "CONSULTATION_BUSINESS_HOURS must look like 08:00-17:00 (or 00:00-24:00 for round the clock)."
        ) from error


def _open_interval(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    start, end = _opening_hours()
    opens = datetime.combine(day, start, tzinfo=tz)
    closes = (
        datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
        if end is None
        else (datetime.combine(day, end, tzinfo=tz))
    )
    # Compare and subtract in UTC: arithmetic on local times ignores a change of daylight saving time.
    return opens.astimezone(UTC), closes.astimezone(UTC)


def response_cutoff(now: datetime) -> datetime:
    """The latest time a request can have been received and still be overdue at `now`.

    Walks back from `now` through the opening hours until the response target is used up.
    """
    remaining = timedelta(minutes=settings.CONSULTATION_RESPONSE_TARGET_MINUTES)
    tz = ZoneInfo(settings.TIME_ZONE)
    days = _business_days()
    now = now.astimezone(UTC)
    day = now.astimezone(tz).date()
    for _ in range(370):
        if day.weekday() in days:
            opens, closes = _open_interval(day, tz)
            window_end = min(closes, now)
            if window_end > opens:
                available = window_end - opens
                if available >= remaining:
                    return window_end - remaining
                remaining -= available
        day -= timedelta(days=1)
    # No business days configured: nothing is ever overdue.
    return datetime.min.replace(tzinfo=UTC)


def business_time_after(start: datetime, minutes: int) -> datetime:
    """The moment `minutes` of opening hours after `start`: 30 minutes after Friday 4:50 pm is Monday 8:20 am.

    Work mode's next try after an unanswered call, so that a retry never falls on a closed office.
    """
    remaining = timedelta(minutes=minutes)
    tz = ZoneInfo(settings.TIME_ZONE)
    days = _business_days()
    start = start.astimezone(UTC)
    day = start.astimezone(tz).date()
    for _ in range(370):
        if day.weekday() in days:
            opens, closes = _open_interval(day, tz)
            window_start = max(opens, start)
            if closes > window_start:
                available = closes - window_start
                if available >= remaining:
                    return window_start + remaining
                remaining -= available
        day += timedelta(days=1)
    # No business days configured: plain time.
    return start + timedelta(minutes=minutes)


def response_target_text() -> str:
    """The response target as patients are told it, in the active language: "within two business hours".

    Rounded up to whole hours, or to whole business days once it reaches a day's opening hours.
    With every day open round the clock, plain hours and days.
    """
    minutes = settings.CONSULTATION_RESPONSE_TARGET_MINUTES
    start, end = _opening_hours()
    day_minutes = (end.hour * 60 + end.minute if end else 24 * 60) - (start.hour * 60 + start.minute)
    business = not (len(_business_days()) == 7 and day_minutes == 24 * 60)
    if minutes < 60:
        if business:
            text = ngettext(
                "within %(count)s minute during business hours",
                "within %(count)s minutes during business hours",
                minutes,
            )
        else:
            text = ngettext("within %(count)s minute", "within %(count)s minutes", minutes)
        return text % {"count": minutes}
    if minutes < day_minutes:
        count = math.ceil(minutes / 60)
        if business:
            text = ngettext("within one business hour", "within %(count)s business hours", count)
        else:
            text = ngettext("within one hour", "within %(count)s hours", count)
    else:
        count = math.ceil(minutes / day_minutes)
        if business:
            text = ngettext("within one business day", "within %(count)s business days", count)
        else:
            text = ngettext("within one day", "within %(count)s days", count)
    return text % {"count": _in_words(count)}


def _in_words(count: int) -> str:
    """Two to nine in words, as django.contrib.humanize's apnumber writes them; else digits (one has its
    own sentence: "within one business hour")."""
    words = [
        pgettext("count", "two"),
        pgettext("count", "three"),
        pgettext("count", "four"),
        pgettext("count", "five"),
        pgettext("count", "six"),
        pgettext("count", "seven"),
        pgettext("count", "eight"),
        pgettext("count", "nine"),
    ]
    return words[count - 2] if 2 <= count <= len(words) + 1 else str(count)


class BusinessCalendar:
    """The clinic's opening hours, read from the settings once, for counting many spans in a row.

    The figures count thousands of spans over the same few weeks: each day's opening interval is
    worked out once and kept.
    """

    def __init__(self):
        self.tz = ZoneInfo(settings.TIME_ZONE)
        self.days = _business_days()
        _opening_hours()  # a wrong setting fails here, before any counting
        self._intervals: dict[date, tuple[datetime, datetime] | None] = {}

    def interval(self, day: date) -> tuple[datetime, datetime] | None:
        """When the clinic opens and closes on `day` (in UTC), or None on a day it is closed."""
        if day not in self._intervals:
            self._intervals[day] = _open_interval(day, self.tz) if day.weekday() in self.days else None
        return self._intervals[day]

    def between(self, start: datetime, end: datetime) -> timedelta:
        """The business time from `start` to `end`; nothing if `end` is not after `start`."""
        total = timedelta(0)
        if end <= start:
            return total
        start, end = start.astimezone(UTC), end.astimezone(UTC)
        day, last = start.astimezone(self.tz).date(), end.astimezone(self.tz).date()
        while day <= last:
            interval = self.interval(day)
            if interval is not None:
                overlap = min(interval[1], end) - max(interval[0], start)
                if overlap > timedelta(0):
                    total += overlap
            day += timedelta(days=1)
        return total


def business_time_between(start: datetime, end: datetime) -> timedelta:
    """The clinic's business time from `start` to `end`: a request received on Friday at 4:30 pm and
    called on Monday at 8:30 am waited one business hour."""
    return BusinessCalendar().between(start, end)
